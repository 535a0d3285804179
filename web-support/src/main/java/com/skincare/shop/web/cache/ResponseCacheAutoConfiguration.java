package com.skincare.shop.web.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.skincare.shop.web.redis.SharedStateAutoConfiguration;
import com.skincare.shop.web.redis.ShopRedisProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The response cache: on Redis, where the sessions are, unless {@code shop.redis.enabled=false} puts the shared
 * state of the embedded default in this process.
 */
@AutoConfiguration(after = {SharedStateAutoConfiguration.class, JacksonAutoConfiguration.class},
        afterName = "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration")
public class ResponseCacheAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ResponseCacheAutoConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "shop.redis.enabled", havingValue = "true", matchIfMissing = true)
    static class OnRedis {

        @Bean
        @ConditionalOnMissingBean
        ResponseCache responseCache(StringRedisTemplate redis, ShopRedisProperties properties) {
            return new RedisResponseCache(redis, properties);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "shop.redis.enabled", havingValue = "false")
    static class InProcess {

        @Bean
        @ConditionalOnMissingBean
        ResponseCache responseCache() {
            log.info("The response cache is kept in this process (shop.redis.enabled=false): right for one node only");
            return new InProcessResponseCache();
        }
    }

    @Bean
    @ConditionalOnMissingBean
    CachedResponses cachedResponses(ResponseCache cache, ObjectMapper json, ObjectProvider<MeterRegistry> meters) {
        return new CachedResponses(cache, json, meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
