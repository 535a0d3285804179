package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.skincare.shop.api.analytics.ProductSearchedEvent;
import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole shop in one JVM over HTTP, on a real PostgreSQL and the real Redis service, with the demo catalog
 * loaded. Every integration test of the embedded default extends this, so they share one started shop.
 * <p>
 * Three settings differ from a deployed shop, each for the suite's sake: BCrypt runs at strength 4, since the
 * suite hashes hundreds of passwords; the API rate limit is off, since all the suite's requests come from one
 * address (the limit is proven over HTTP against Redis in web-support's {@code ApiRateLimitTest}, and the
 * deployed jars run with it in {@link DeployedShapeIT}); and {@code X-Forwarded-For} is trusted from the local
 * address, so a test can speak from an address of its own to prove the sign-in limits per address. Metrics are
 * exported as in a deployed shop ({@code /actuator/prometheus}), which Spring Boot's tests leave off by default.
 * The event feed passes a hole in the index after 2 s instead of 10, keeps 4 streams instead of 16 and sends a
 * heartbeat every second instead of 15, so its tests of a rolled-back append and of the stream limit are short.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(classes = ShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "shop.admin.email=" + ShopIT.ADMIN_EMAIL,
                "shop.admin.password=" + ShopIT.ADMIN_PASSWORD,
                "shop.demo-data.enabled=true",
                "shop.identity.bcrypt-strength=4",
                "shop.rate-limit.requests=0",
                "shop.mail.poll-interval=100ms",
                "server.forward-headers-strategy=native",
                "shop.feed.gap-timeout=2s",
                "shop.feed.max-streams=4",
                "shop.feed.heartbeat=1s"})
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
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RedisService.deleteKeys(REDIS_PREFIX), "redis-cleanup"));
        // A key pair of the test's own, so tests can forge, expire and tamper tokens the shop must refuse.
        System.setProperty("shop.jwt.private-key", TestKeys.pem("PRIVATE KEY", TestKeys.SHOP.getPrivate().getEncoded()));
        System.setProperty("shop.jwt.public-key", TestKeys.pem("PUBLIC KEY", TestKeys.SHOP.getPublic().getEncoded()));
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

    /**
     * The events stored so far, less the catalog's records of its searches: the query side publishes those after
     * answering, so one can land while a later, refused request is checked.
     */
    long storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM axon.domain_event_entry WHERE payloadType <> ?", Long.class,
                ProductSearchedEvent.class.getName());
    }

    /** A signed-up and signed-in user, with a client that sends their access token. */
    record Customer(long id, String email, String password, String accessToken, String refreshToken, Http http) {
    }

    static final String CUSTOMER_PASSWORD = "Kampot-pepper-2025";

    Http.Answer register(String email, String password) {
        return anonymous().post("/api/v1/auth/register", Map.of("email", email, "password", password,
                "first_name", "Sophea", "last_name", "Chan", "language", "kh", "skin_type", "combination"));
    }

    Http.Answer login(String email, String password) {
        return anonymous().post("/api/v1/auth/login", Map.of("email", email, "password", password));
    }

    Customer signIn(String email, String password) {
        Http.Answer login = login(email, password);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        JsonNode data = login.data();
        String access = data.path("access_token").asText();
        return new Customer(data.path("user").path("id").asLong(), email, password, access,
                data.path("refresh_token").asText(), anonymous().withToken(access));
    }

    /** A new customer with an email no other test uses, registered and signed in. */
    Customer newCustomer() {
        String email = "customer-" + unique() + "@example.com";
        Http.Answer registered = register(email, CUSTOMER_PASSWORD);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return signIn(email, CUSTOMER_PASSWORD);
    }

    /** A new user made a moderator by the admin, signed in again so the token carries the role. */
    Customer newModerator() {
        Customer customer = newCustomer();
        Http.Answer promoted = admin().put("/api/v1/admin/customers/" + customer.id(),
                Map.of("first_name", "Vanna", "last_name", "Sok", "role", "moderator"));
        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
        return signIn(customer.email(), customer.password());
    }

    /**
     * A new customer whom the admin granted the event feed, signed in again so the token carries the
     * {@code analytics} role beside {@code customer}.
     */
    Customer newAnalyticsConsumer() {
        Customer customer = newCustomer();
        Http.Answer granted = admin().put("/api/v1/admin/customers/" + customer.id() + "/analytics-access", null);
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        return signIn(customer.email(), customer.password());
    }

    /** The newest mail to {@code email} in the dev mailbox, once the outbox has sent it. */
    JsonNode newestMailTo(String email, String subjectPart) {
        JsonNode[] found = new JsonNode[1];
        eventually(() -> {
            Http.Answer mails = admin().get("/api/v1/admin/dev/mailbox?to=" + email);
            assertThat(mails.status()).as(mails.toString()).isEqualTo(200);
            JsonNode match = null;
            for (JsonNode mail : mails.data()) {
                if (mail.path("subject").asText().contains(subjectPart)) {
                    match = mail;
                    break;
                }
            }
            assertThat(match).as("a mail to %s about %s", email, subjectPart).isNotNull();
            found[0] = match;
        });
        return found[0];
    }

    /** The token in a mail's link. */
    static String tokenOf(JsonNode mail) {
        String link = mail.path("link").asText();
        return java.net.URLDecoder.decode(link.substring(link.indexOf("token=") + "token=".length()),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A suffix no other test uses, for skus and slugs. */
    static String unique() {
        return Long.toString(UNIQUE.incrementAndGet());
    }

    /** A refused request: its status and code in the error envelope, the field named if given, no event stored. */
    void assertRefused(Supplier<Http.Answer> request, int status, String code, String field) {
        long before = storedEvents();
        Http.Answer answer = request.get();
        assertEnvelope(answer, status, code);
        if (field != null) {
            assertThat(answer.json().path("error").path("details").findValuesAsText("field"))
                    .as(answer.toString()).contains(field);
        }
        assertThat(storedEvents()).as("no event stored for a refused request").isEqualTo(before);
    }

    static void assertEnvelope(Http.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        JsonNode json = answer.json();
        assertThat(json.path("success").isBoolean() && !json.path("success").asBoolean()).as(answer.toString()).isTrue();
        assertThat(json.path("message").asText()).isNotBlank();
        assertThat(json.path("error").path("code").asText()).as(answer.toString()).isEqualTo(code);
    }

    /** Projections are eventually consistent: poll, never sleep. */
    static void eventually(ThrowingRunnable assertion) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(assertion);
    }
}
