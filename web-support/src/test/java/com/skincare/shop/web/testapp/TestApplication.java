package com.skincare.shop.web.testapp;

import com.skincare.shop.web.errors.ServiceUnavailableException;
import com.skincare.shop.web.redis.ShopRedisProperties;
import com.skincare.shop.web.sessions.RedisSessionStore;
import com.skincare.shop.web.sessions.SessionStore;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A minimal application depending on web-support. It scans only its own package: everything of the module
 * must arrive through auto-configuration, as it does in the real applications.
 */
@SpringBootApplication
public class TestApplication {

    /** Lets a test take the application down to see /health answer 503. */
    public static final AtomicBoolean DOWN = new AtomicBoolean();

    /** Lets a test take the session store away to see token checks answer 503. */
    public static final AtomicBoolean SESSIONS_DOWN = new AtomicBoolean();

    /** The real Redis store, unless a test says it is down. */
    @Bean
    SessionStore switchableSessionStore(StringRedisTemplate redis, ShopRedisProperties properties) {
        RedisSessionStore real = new RedisSessionStore(redis, properties);
        return (SessionStore) Proxy.newProxyInstance(SessionStore.class.getClassLoader(),
                new Class<?>[]{SessionStore.class}, (proxy, method, args) -> {
                    if (SESSIONS_DOWN.get()) {
                        throw new ServiceUnavailableException("Redis did not answer: test",
                                new RedisConnectionFailureException("switched off by the test"));
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Bean
    HealthIndicator switchableHealthIndicator() {
        return () -> DOWN.get() ? Health.down().withDetail("secret", "s3cr3t").build() : Health.up().build();
    }
}
