package com.skincare.shop.web.sessions;

import com.skincare.shop.web.RedisService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract against the real Redis service, and the documented keys with their lifetimes. */
class RedisSessionStoreTest extends SessionStoreContract {

    private static RedisService redis;
    private static RedisSessionStore store;

    @BeforeAll
    static void connect() {
        redis = new RedisService();
        store = new RedisSessionStore(redis.redis(), redis.properties());
    }

    @AfterAll
    static void disconnect() {
        redis.close();
    }

    @Override
    SessionStore store() {
        return store;
    }

    @Test
    void keysAreTheSeedsAndExpireWithTheSession() {
        Session session = session("s1", "7");
        store.open(session, token("r1"), LIFETIME);

        assertThat(redis.redis().opsForHash().entries(redis.properties().key("session:" + session.id())))
                .containsEntry("user_id", session.userId())
                .containsEntry("email", "sophea@example.com")
                .containsEntry("role", "customer")
                .containsKey("last_activity");
        assertThat(redis.ttlMillis("session:" + session.id())).isBetween(LIFETIME.toMillis() - 5_000, LIFETIME.toMillis());
        assertThat(redis.ttlMillis("refresh:" + token("r1"))).isPositive();
        assertThat(redis.redis().opsForSet().members(redis.properties().key("user_sessions:" + session.userId())))
                .containsExactly(session.id());
    }

    @Test
    void aRotationExtendsTheSessionToANewLifetime() {
        Session session = session("s1", "7");
        store.open(session, token("r1"), Duration.ofSeconds(30));

        store.rotate(token("r1"), token("r2"), LIFETIME, NOW);

        assertThat(redis.ttlMillis("session:" + session.id())).isGreaterThan(Duration.ofSeconds(30).toMillis());
        assertThat(redis.ttlMillis("refresh:" + token("r2"))).isGreaterThan(Duration.ofSeconds(30).toMillis());
    }

    @Test
    void aSessionEndsWhenItsLifetimePasses() {
        Session session = session("s1", "7");
        store.open(session, token("r1"), Duration.ofMillis(150));

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(25))
                .until(() -> !store.isOpen(session.id()));
        assertThat(store.rotate(token("r1"), token("r2"), LIFETIME, NOW).outcome())
                .isEqualTo(Rotation.Outcome.UNKNOWN);
    }
}
