package com.skincare.shop.web.redis;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code shop.redis.*}: whether the shop's shared short-lived state (sessions and refresh tokens, rate-limit
 * counters) lives in Redis, and the prefix of its keys.
 *
 * @param enabled   true (the default): Redis, configured by {@code REDIS_HOST}, {@code REDIS_PORT},
 *                  {@code REDIS_PASSWORD}, {@code REDIS_DB}, shared by every node; false: in-process maps
 *                  behind the same interfaces, which only a single-process shop (the embedded default) can use
 * @param keyPrefix put before every key; empty by default, so keys read as documented ({@code session:…},
 *                  {@code rate_limit:api:…}); tests use one per run so runs never share counters
 */
@ConfigurationProperties("shop.redis")
public record ShopRedisProperties(Boolean enabled, String keyPrefix) {

    public ShopRedisProperties {
        enabled = enabled == null || enabled;
        keyPrefix = keyPrefix == null ? "" : keyPrefix;
    }

    public String key(String name) {
        return keyPrefix + name;
    }
}
