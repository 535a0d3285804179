package com.skincare.shop.web.ratelimit;

import com.skincare.shop.web.RedisService;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract against the real Redis service, where a window is the key's own expiry. */
class RedisCountersTest extends CountersContract {

    private static RedisService redis;
    private static RedisCounters counters;

    @BeforeAll
    static void connect() {
        redis = new RedisService();
        counters = new RedisCounters(redis.redis(), redis.properties());
    }

    @AfterAll
    static void disconnect() {
        redis.close();
    }

    @Override
    Counters counters() {
        return counters;
    }

    @Override
    void outlive(Duration window) {
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> redis.ttlMillis(key) == -2);
    }

    @Test
    void theWindowIsTheKeysExpiry() {
        counters.increment(key, Duration.ofSeconds(60));

        assertThat(redis.redis().opsForValue().get(redis.properties().key(key))).isEqualTo("1");
        assertThat(redis.ttlMillis(key)).isBetween(55_000L, 60_000L);
    }
}
