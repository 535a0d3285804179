package com.skincare.shop.web.ratelimit;

import com.skincare.shop.web.HttpTestBase;
import com.skincare.shop.web.redis.ShopRedisProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's limit of 100 requests a minute per address, over HTTP, counted in the real Redis service. The
 * other HTTP tests of this module share the address, so the count is cleared around each test.
 */
class ApiRateLimitTest extends HttpTestBase {

    private static final String ADDRESS = "127.0.0.1";

    @Autowired
    private StringRedisTemplate redis;

    @Autowired
    private ShopRedisProperties properties;

    private String counterKey() {
        return properties.key("rate_limit:api:" + ADDRESS);
    }

    @BeforeEach
    @AfterEach
    void clearTheCount() {
        redis.delete(counterKey());
    }

    @Test
    void theHundredAndFirstRequestOfAMinuteIs429WithRetryAfter() {
        for (int i = 1; i <= 100; i++) {
            Answer answer = get("/api/v1/ping");
            assertThat(answer.status()).as("request " + i).isEqualTo(200);
            assertThat(answer.header("X-RateLimit-Limit")).hasValue("100");
            assertThat(answer.header("X-RateLimit-Remaining")).hasValue(Integer.toString(100 - i));
        }

        Answer refused = get("/api/v1/ping");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("RATE_LIMITED");
        assertThat(refused.json().path("success").asBoolean(true)).isFalse();
        assertThat(refused.header("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        assertThat(redis.opsForValue().get(counterKey())).isEqualTo("101");
        assertThat(redis.getExpire(counterKey(), TimeUnit.SECONDS)).isBetween(1L, 60L);
    }

    @Test
    void everyApiPathCountsAndOnlyApiPathsCount() {
        get("/api/v1/ping");
        get("/api/v1/admin/things");
        get("/health");
        get("/test/me");

        assertThat(redis.opsForValue().get(counterKey())).as("a refused request counts too").isEqualTo("2");
    }

    @Test
    void aLimitedClientStillReachesTheRestOfTheApplication() {
        redis.opsForValue().set(counterKey(), "100");
        redis.expire(counterKey(), 60, TimeUnit.SECONDS);

        assertThat(get("/api/v1/ping").status()).isEqualTo(429);
        assertThat(get("/health").status()).isEqualTo(200);
    }
}
