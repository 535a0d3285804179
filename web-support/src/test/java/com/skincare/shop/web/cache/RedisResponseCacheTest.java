package com.skincare.shop.web.cache;

import com.skincare.shop.web.RedisService;
import com.skincare.shop.web.redis.ShopRedisProperties;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract against the real Redis service, and what happens when Redis is gone. */
class RedisResponseCacheTest extends ResponseCacheContract {

    private static RedisService redis;
    private static RedisResponseCache cache;

    @BeforeAll
    static void connect() {
        redis = new RedisService();
        cache = new RedisResponseCache(redis.redis(), redis.properties());
    }

    @AfterAll
    static void disconnect() {
        cache.close();
        redis.close();
    }

    @Override
    ResponseCache cache() {
        return cache;
    }

    @Test
    void entriesAndVersionsSitUnderTheDocumentedKeys() {
        cache.store(cache.lookup(key, scopes), bytes("{}"), Duration.ofMinutes(15));

        String entry = redis.redis().opsForValue().get(redis.properties().key(key));
        assertThat(entry).endsWith("\n{}");
        assertThat(redis.ttlMillis(key)).isBetween(Duration.ofMinutes(14).toMillis(), Duration.ofMinutes(15).toMillis());
        assertThat(redis.redis().opsForValue().get(redis.properties().key(lists))).matches("[0-9a-f]{16}");
    }

    /**
     * Two nodes on one Redis, each with its near cache: an invalidation on one reaches the other within a second,
     * and from then on the other never answers the old entry again.
     */
    @Test
    void anInvalidationOnOneNodeReachesTheOthersNearCacheWithinASecond() {
        try (RedisResponseCache other = new RedisResponseCache(redis.redis(), redis.properties())) {
            cache.store(cache.lookup(key, scopes), bytes("old"), Duration.ofMinutes(1));
            Awaitility.await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
                    .until(() -> other.lookup(key, scopes).hit());

            long invalidated = System.nanoTime();
            cache.invalidate(List.of(one));
            assertThat(cache.lookup(key, scopes).hit()).as("at once on the node that invalidated").isFalse();
            Awaitility.await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(5))
                    .until(() -> !other.lookup(key, scopes).hit());
            assertThat(Duration.ofNanos(System.nanoTime() - invalidated)).isLessThan(Duration.ofSeconds(1));
            for (int i = 0; i < 50; i++) {
                assertThat(other.lookup(key, scopes).hit()).isFalse();
            }
        }
    }

    /**
     * A lost version (a flushed or evicted key) must not let an entry from before match again: not for a node that
     * comes to it fresh, and not for this one once it refreshed its versions.
     */
    @Test
    void aLostVersionNeverRevivesAnOldEntry() {
        cache.store(cache.lookup(key, scopes), bytes("before"), Duration.ofMinutes(1));
        redis.redis().delete(redis.properties().key(one));

        try (RedisResponseCache fresh = new RedisResponseCache(redis.redis(), redis.properties())) {
            assertThat(fresh.lookup(key, scopes).hit()).isFalse();
        }
        Awaitility.await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> !cache.lookup(key, scopes).hit());
    }

    @Test
    void withRedisGoneReadsBypassTheCacheAndAFailedInvalidationIsRetried() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        LettuceConnectionFactory nowhere = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", closedPort),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(200)).build());
        nowhere.afterPropertiesSet();
        nowhere.start();
        try (RedisResponseCache down = new RedisResponseCache(new StringRedisTemplate(nowhere),
                new ShopRedisProperties(true, redis.properties().keyPrefix()))) {
            ResponseCache.Lookup lookup = down.lookup(key, scopes);
            assertThat(lookup.usable()).isFalse();
            assertThat(lookup.hit()).isFalse();
            down.store(lookup, bytes("never"), Duration.ofMinutes(1));

            down.invalidate(List.of(one));
            assertThat(down.lookup(key, scopes).usable()).as("an invalidation is still owed").isFalse();
        } finally {
            nowhere.destroy();
        }
        assertThat(cache.lookup(key, scopes).hit()).isFalse();
    }
}
