package com.skincare.shop.launcher;

import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole shop in one JVM over HTTP, on a real PostgreSQL and the real Redis service, with the demo catalog
 * loaded. Every integration test of the embedded default extends this, so they share one started shop.
 * <p>
 * Three settings differ from a deployed shop, each for the suite's sake: BCrypt runs at strength 4, since the
 * suite hashes hundreds of passwords; the API rate limit is off, since all the suite's requests come from one
 * address (the limit is proven over HTTP against Redis in web-support's {@code ApiRateLimitTest}, and the
 * deployed jars run with it in {@link DeployedShapeIT}); and {@code X-Forwarded-For} is trusted from the local
 * address, so a test can speak from an address of its own to prove the sign-in limits per address.
 */
@SpringBootTest(classes = ShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "shop.admin.email=" + ShopIT.ADMIN_EMAIL,
                "shop.admin.password=" + ShopIT.ADMIN_PASSWORD,
                "shop.demo-data.enabled=true",
                "shop.identity.bcrypt-strength=4",
                "shop.rate-limit.requests=0",
                "shop.mail.poll-interval=100ms",
                "server.forward-headers-strategy=native"})
abstract class ShopIT {

    static final String ADMIN_EMAIL = "admin@shop.test";
    static final String ADMIN_PASSWORD = "it-admin-password-4821";
    /** Every run counts and keeps sessions under keys of its own on the shared Redis service. */
    static final String REDIS_PREFIX = "it-" + java.util.UUID.randomUUID() + ":";
    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000);

    static {
        TestDatabase.useForSpringContexts("skincare_shop_it");
        // System properties, like the database: the launcher decides whether Redis is configured before a test's
        // own property sources are added.
        System.setProperty("shop.redis.enabled", "true");
        System.setProperty("spring.data.redis.host", "127.0.0.1");
        System.setProperty("shop.redis.key-prefix", REDIS_PREFIX);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private String adminToken;

    Http anonymous() {
        return new Http("http://localhost:" + port);
    }

    Http admin() {
        if (adminToken == null) {
            Http.Answer login = anonymous().post("/api/v1/admin/login",
                    Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
            assertThat(login.status()).as(login.toString()).isEqualTo(200);
            adminToken = login.data().path("access_token").asText();
        }
        return anonymous().withToken(adminToken);
    }

    long storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM axon.domain_event_entry", Long.class);
    }

    /** A suffix no other test uses, for skus and slugs. */
    static String unique() {
        return Long.toString(UNIQUE.incrementAndGet());
    }

    /** Projections are eventually consistent: poll, never sleep. */
    static void eventually(ThrowingRunnable assertion) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(assertion);
    }
}
