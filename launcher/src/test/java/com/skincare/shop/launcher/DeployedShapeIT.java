package com.skincare.shop.launcher;

import com.skincare.shop.eventstore.database.PostgresLocator;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.skincare.shop.launcher.CatalogRequests.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The deployed shape: the command side and the query side each start alone, as their own executable jars, against
 * one shared PostgreSQL; a product created through one is readable through the other. The query side's analytics
 * database is a Mongo wire-protocol server in this JVM, reached at {@code MONGO_URI} as a MongoDB would be.
 */
class DeployedShapeIT {

    /** Above what the polls of these tests send from one address in a minute, and not the default, to see it bind. */
    private static final int RATE_LIMIT = 1000;
    private static final String REDIS_PREFIX = "deployed-it-" + java.util.UUID.randomUUID() + ":";
    private static final List<Process> processes = new ArrayList<>();
    private static Http commandSide;
    private static Http querySide;
    private static MongoServer mongo;

    @BeforeAll
    static void startBothSides() throws Exception {
        PostgresLocator.Location db = TestDatabase.fresh("skincare_shop_deployed_it");
        URI url = URI.create(db.jdbcUrl().substring("jdbc:".length()));
        KeyPair keys = TestKeys.generate();
        String privatePem = TestKeys.pem("PRIVATE KEY", keys.getPrivate().getEncoded());
        String publicPem = TestKeys.pem("PUBLIC KEY", keys.getPublic().getEncoded());

        Map<String, String> shared = Map.of(
                "DB_HOST", url.getHost(),
                "DB_PORT", Integer.toString(url.getPort()),
                "DB_NAME", url.getPath().substring(1),
                "DB_USER", db.username(),
                "DB_PASSWORD", db.password(),
                "JWT_PUBLIC_KEY", publicPem,
                "REDIS_HOST", "127.0.0.1",
                "SHOP_REDIS_KEYPREFIX", REDIS_PREFIX,
                "RATE_LIMIT_REQUESTS", Integer.toString(RATE_LIMIT));
        int commandPort = ShopJars.freePort();
        int queryPort = ShopJars.freePort();
        start("command-side", commandPort, shared, Map.of(
                "JWT_PRIVATE_KEY", privatePem,
                "ADMIN_EMAIL", "ops@shop.test",
                "ADMIN_PASSWORD", "deployed-admin-password-77"));
        mongo = new MongoServer(new MemoryBackend());
        String mongoUri = mongo.bindAndGetConnectionString();
        start("query-side", queryPort, shared, Map.of("MONGO_URI", mongoUri, "MONGO_DATABASE", "deployed_analytics"));
        commandSide = new Http("http://localhost:" + commandPort);
        querySide = new Http("http://localhost:" + queryPort);
        ShopJars.awaitHealthy(commandSide);
        ShopJars.awaitHealthy(querySide);
    }

    @AfterAll
    static void stopBothSides() {
        ShopJars.stop(processes);
        RedisService.deleteKeys(REDIS_PREFIX);
        if (mongo != null) {
            mongo.shutdownNow();
        }
    }

    @Test
    void aSearchTrackedThroughTheCommandSideTrendsOnTheQuerySide() {
        String query = "deployed trend " + System.nanoTime();
        Http.Answer tracked = commandSide.post("/ml/v1/search/track-query",
                Map.of("search_query", query, "results_count", 2, "session_id", "deployed-session"));
        assertThat(tracked.status()).as(tracked.toString()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(querySide.get("/ml/v1/search/trending-queries?limit=100").data().findValuesAsText("query"))
                        .contains(query));
        assertThat(querySide.get("/ml/health").status()).isEqualTo(200);
    }

    @Test
    void productCreatedThroughTheCommandSideIsReadThroughTheQuerySide() {
        String token = commandSide.post("/api/v1/admin/login",
                Map.of("email", "ops@shop.test", "password", "deployed-admin-password-77"))
                .data().path("access_token").asText();
        Http.Answer created = commandSide.withToken(token).post("/api/v1/admin/products", product("deployed"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.data().path("id").asLong();

        Instant sent = Instant.now();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(querySide.get("/api/v1/products/" + id).status()).isEqualTo(200));
        assertThat(Duration.between(sent, Instant.now())).isLessThan(Duration.ofSeconds(5));

        Http.Answer adminRead = querySide.withToken(token).get("/api/v1/admin/products/" + id);
        assertThat(adminRead.status()).as("the query side verifies tokens with the public key alone")
                .isEqualTo(200);
        assertThat(querySide.get("/api/v1/admin/products/" + id).status()).isEqualTo(401);
    }

    @Test
    void aRestockThroughTheCommandSideIsInTheHistoryThroughTheQuerySide() {
        String token = commandSide.post("/api/v1/admin/login",
                Map.of("email", "ops@shop.test", "password", "deployed-admin-password-77"))
                .data().path("access_token").asText();
        Http.Answer created = commandSide.withToken(token).post("/api/v1/admin/products", product("deployed-stock"));
        long id = created.data().path("id").asLong();
        Http.Answer restocked = commandSide.withToken(token).post("/api/v1/admin/inventory/" + id + "/restock",
                Map.of("quantity", 5));
        assertThat(restocked.status()).as(restocked.toString()).isEqualTo(200);

        // Two processors of the query side: the history's and the catalog's, which keeps the stock itself.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            assertThat(querySide.withToken(token).get("/api/v1/admin/inventory/" + id + "/history").data()
                    .path("data").findValuesAsText("reason")).containsExactly("restock", "initial");
            assertThat(querySide.withToken(token).get("/api/v1/admin/inventory/" + id).data().path("stock").asInt())
                    .isEqualTo(45);
        });
    }

    @Test
    void aSuspensionOnTheCommandSideStopsTheUsersTokensOnTheQuerySideAtOnce() {
        String email = "deployed-" + System.nanoTime() + "@example.com";
        Http.Answer registered = commandSide.post("/api/v1/auth/register", Map.of("email", email,
                "password", "Mekong-sunrise-88", "first_name", "Dara", "last_name", "Kim"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        long userId = registered.data().path("id").asLong();
        Http.Answer login = commandSide.post("/api/v1/auth/login", Map.of("email", email, "password", "Mekong-sunrise-88"));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        Http customer = querySide.withToken(login.data().path("access_token").asText());
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(customer.get("/api/v1/auth/me").status()).isEqualTo(200));

        String adminToken = commandSide.post("/api/v1/admin/login",
                Map.of("email", "ops@shop.test", "password", "deployed-admin-password-77"))
                .data().path("access_token").asText();
        Http.Answer suspended = commandSide.withToken(adminToken).post("/api/v1/admin/customers/" + userId + "/suspend",
                Map.of("reason", "test"));
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);

        assertThat(customer.get("/api/v1/auth/me").status())
                .as("the query node sees the ended session in the shared Redis, without waiting").isEqualTo(401);
    }

    @Test
    void theApiRateLimitIsOnWithTheConfiguredBudget() {
        Http.Answer products = querySide.get("/api/v1/products");
        assertThat(products.header("X-RateLimit-Limit")).hasValue(Integer.toString(RATE_LIMIT));
        assertThat(products.header("X-RateLimit-Remaining")).isPresent();
    }

    @Test
    void eachSideServesOnlyItsHalf() {
        assertThat(commandSide.get("/api/v1/products").status()).isIn(404, 405);
        assertThat(querySide.post("/api/v1/admin/login", Map.of("email", "x@y.z", "password", "whatever1"))
                .status()).isIn(404, 405);
    }

    private static void start(String side, int port, Map<String, String> shared, Map<String, String> own)
            throws IOException {
        Map<String, String> environment = new HashMap<>(shared);
        environment.putAll(own);
        processes.add(ShopJars.start(side, port, environment, Path.of("target", "deployed-" + side + ".log")));
    }
}
