package com.skincare.shop.web.redis;

import com.skincare.shop.web.errors.ErrorHandlingAutoConfiguration;
import com.skincare.shop.web.errors.ProblemResponseWriter;
import com.skincare.shop.web.ratelimit.ApiRateLimitFilter;
import com.skincare.shop.web.ratelimit.Counters;
import com.skincare.shop.web.ratelimit.InMemoryCounters;
import com.skincare.shop.web.ratelimit.RateLimitProperties;
import com.skincare.shop.web.ratelimit.RedisCounters;
import com.skincare.shop.web.sessions.InMemorySessionStore;
import com.skincare.shop.web.sessions.RedisSessionStore;
import com.skincare.shop.web.sessions.SessionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;

/**
 * Where the state every node must share lives: sessions with their refresh tokens, and rate-limit counters. In
 * Redis by default; in this process when {@code shop.redis.enabled=false}, which the launcher chooses for the
 * embedded default when no {@code REDIS_HOST} is given. Also the API rate limit, a servlet filter ahead of
 * Spring Security so that a flood is turned away before any token is checked.
 */
@AutoConfiguration(after = {RedisAutoConfiguration.class, ErrorHandlingAutoConfiguration.class})
@EnableConfigurationProperties({ShopRedisProperties.class, RateLimitProperties.class})
public class SharedStateAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SharedStateAutoConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "shop.redis.enabled", havingValue = "true", matchIfMissing = true)
    static class OnRedis {

        @Bean
        @ConditionalOnMissingBean
        SessionStore sessionStore(StringRedisTemplate redis, ShopRedisProperties properties) {
            return new RedisSessionStore(redis, properties);
        }

        @Bean
        @ConditionalOnMissingBean
        Counters counters(StringRedisTemplate redis, ShopRedisProperties properties) {
            return new RedisCounters(redis, properties);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "shop.redis.enabled", havingValue = "false")
    static class InProcess {

        @Bean
        @ConditionalOnMissingBean
        SessionStore sessionStore(ObjectProvider<Clock> clock) {
            log.info("Sessions, refresh tokens and rate-limit counters are kept in this process (shop.redis.enabled="
                    + "false): right for one node only; set REDIS_HOST to share them between nodes");
            return new InMemorySessionStore(clock.getIfAvailable(Clock::systemUTC));
        }

        @Bean
        @ConditionalOnMissingBean
        Counters counters(ObjectProvider<Clock> clock) {
            return new InMemoryCounters(clock.getIfAvailable(Clock::systemUTC));
        }
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnMissingBean(name = "apiRateLimitFilter")
    FilterRegistrationBean<ApiRateLimitFilter> apiRateLimitFilter(Counters counters, RateLimitProperties limits,
                                                                  ProblemResponseWriter writer) {
        FilterRegistrationBean<ApiRateLimitFilter> registration =
                new FilterRegistrationBean<>(new ApiRateLimitFilter(counters, limits, writer));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        registration.addUrlPatterns("/api/*", "/ml/*");
        return registration;
    }
}
