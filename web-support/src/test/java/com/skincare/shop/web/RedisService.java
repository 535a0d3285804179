package com.skincare.shop.web;

import com.skincare.shop.web.redis.ShopRedisProperties;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.util.UUID;

/**
 * The Redis service these machines and CI run on 127.0.0.1:6379, for tests of the Redis stores outside a Spring
 * context. Each instance writes under a key prefix of its own, so tests and runs never share keys.
 */
public final class RedisService implements AutoCloseable {

    private final LettuceConnectionFactory connections;
    private final StringRedisTemplate redis;
    private final ShopRedisProperties properties;

    public RedisService() {
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", 6379));
        connections.afterPropertiesSet();
        connections.start();
        redis = new StringRedisTemplate(connections);
        properties = new ShopRedisProperties(true, "test-" + UUID.randomUUID() + ":");
    }

    public StringRedisTemplate redis() {
        return redis;
    }

    public ShopRedisProperties properties() {
        return properties;
    }

    /** How long the key still lives, in milliseconds; negative when it has no expiry or does not exist. */
    public long ttlMillis(String key) {
        Long ttl = redis.getExpire(properties.key(key), java.util.concurrent.TimeUnit.MILLISECONDS);
        return ttl == null ? -2 : ttl;
    }

    @Override
    public void close() {
        var keys = redis.keys(properties.keyPrefix() + "*");
        if (keys != null && !keys.isEmpty()) {
            redis.delete(keys);
        }
        connections.destroy();
    }
}
