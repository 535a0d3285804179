package com.skincare.shop.launcher;

import com.skincare.shop.eventstore.database.PostgresLocator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.skincare.shop.launcher.CatalogRequests.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Command-side nodes as separate processes: the command side's executable jar started once per node, all on one
 * fresh database and the Redis service, sharing the keys a deployment shares (token keys, mail key, Redis prefix),
 * each with an admin of its own. Also what the tests read back from the shared event store.
 */
final class CommandNodes implements AutoCloseable {

    static final String PASSWORD = "Kampot-pepper-2025";

    private final String redisPrefix = "command-nodes-it-" + UUID.randomUUID() + ":";
    private final List<Process> processes = new ArrayList<>();
    private final List<Path> logs = new ArrayList<>();
    private final List<Http> nodes = new ArrayList<>();
    private final JdbcTemplate jdbc;
    private final Map<String, String> forQueryNodes;
    private String adminToken;

    private CommandNodes(String database, int count, Map<String, String> settings) throws IOException {
        PostgresLocator.Location db = TestDatabase.fresh(database);
        URI url = URI.create(db.jdbcUrl().substring("jdbc:".length()));
        jdbc = new JdbcTemplate(new DriverManagerDataSource(db.jdbcUrl(), db.username(), db.password()));
        KeyPair keys = TestKeys.generate();
        byte[] mailKey = new byte[32];
        new SecureRandom().nextBytes(mailKey);
        Map<String, String> shared = new HashMap<>(Map.of(
                "DB_HOST", url.getHost(),
                "DB_PORT", Integer.toString(url.getPort()),
                "DB_NAME", url.getPath().substring(1),
                "DB_USER", db.username(),
                "DB_PASSWORD", db.password(),
                "JWT_PRIVATE_KEY", TestKeys.pem("PRIVATE KEY", keys.getPrivate().getEncoded()),
                "JWT_PUBLIC_KEY", TestKeys.pem("PUBLIC KEY", keys.getPublic().getEncoded()),
                "REDIS_HOST", "127.0.0.1",
                "SHOP_REDIS_KEYPREFIX", redisPrefix,
                "BCRYPT_STRENGTH", "4"));
        forQueryNodes = Map.copyOf(shared);
        // Mailed tokens are sealed by one node and sent by either.
        shared.put("MAIL_TOKEN_KEY", Base64.getEncoder().encodeToString(mailKey));
        // Every request of the tests comes from one address.
        shared.put("RATE_LIMIT_REQUESTS", "1000000");
        shared.putAll(settings);
        for (int node = 0; node < count; node++) {
            int port = ShopJars.freePort();
            start(node, port, shared);
            nodes.add(new Http("http://localhost:" + port));
        }
    }

    static CommandNodes start(String database, int count, Map<String, String> settings) throws IOException {
        CommandNodes started = launch(database, count, settings);
        started.awaitReady();
        return started;
    }

    /** The nodes' processes started, not yet healthy: other processes may start meanwhile. */
    static CommandNodes launch(String database, int count, Map<String, String> settings) throws IOException {
        return new CommandNodes(database, count, settings);
    }

    /**
     * Waits for every node to be healthy and signs the admin in. A node that never gets healthy fails the test
     * before anyone holds this object to close it: its processes, and their database connections, must not
     * outlive the test.
     */
    void awaitReady() {
        try {
            nodes.forEach(ShopJars::awaitHealthy);
            adminToken = nodes.get(0).post("/api/v1/admin/login",
                    Map.of("email", adminEmail(0), "password", adminPassword(0))).data().path("access_token").asText();
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    /**
     * What a query node of this deployment is started with: the database, the public key, the Redis and its
     * prefix, the rate limit.
     */
    Map<String, String> querySideSettings() {
        Map<String, String> settings = new HashMap<>(forQueryNodes);
        settings.remove("JWT_PRIVATE_KEY");
        settings.remove("BCRYPT_STRENGTH");
        settings.put("RATE_LIMIT_REQUESTS", "1000000");
        return settings;
    }

    Http node(int node) {
        return nodes.get(node);
    }

    Http admin(int node) {
        return nodes.get(node).withToken(adminToken);
    }

    String adminToken() {
        return adminToken;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    Process process(int node) {
        return processes.get(node);
    }

    List<Path> logs() {
        return logs;
    }

    /** The node whose process has this id, as Axon names a token's owner ({@code pid@host}). */
    int nodeOwning(String owner) {
        for (int node = 0; node < processes.size(); node++) {
            if (owner != null && owner.startsWith(processes.get(node).pid() + "@")) {
                return node;
            }
        }
        throw new AssertionError("no node is " + owner);
    }

    /** Signed up through every node in turn, signed in through the first: their sessions work on every node. */
    List<String> customers(int count) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<String>> tokens = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < count; i++) {
            Http node = nodes.get(i % nodes.size());
            String email = "nodes-" + run + "-" + i + "@example.com";
            tokens.add(senders.submit(() -> {
                Http.Answer registered = node.post("/api/v1/auth/register", Map.of("email", email,
                        "password", PASSWORD, "first_name", "Sophea", "last_name", "Chan"));
                assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
                return nodes.get(0).post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD))
                        .data().path("access_token").asText();
            }));
        }
        List<String> signedIn = new ArrayList<>();
        for (Future<String> token : tokens) {
            signedIn.add(token.get(2, TimeUnit.MINUTES));
        }
        senders.shutdown();
        return signedIn;
    }

    long createProduct(int stock) {
        Map<String, Object> body = product("nodes-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("stock", stock);
        Http.Answer created = admin(0).post("/api/v1/admin/products", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().path("id").asLong();
    }

    long createCoupon(String code, int usageLimit, int perCustomer) {
        Http.Answer created = admin(0).post("/api/v1/admin/coupons", Map.of("code", code, "name", "Coupon " + code,
                "type", "percentage", "value", 10, "usage_limit", usageLimit, "usage_limit_per_user", perCustomer));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().path("id").asLong();
    }

    /** Every {@code stockAfter} of the product's stock events, in their order. */
    List<Integer> stockAfters(long product) {
        return jdbc.queryForList("SELECT (convert_from(payload, 'UTF8')::jsonb ->> 'stockAfter')::int"
                + " FROM axon.domain_event_entry WHERE aggregateIdentifier = ? AND payloadType LIKE"
                + " '%.StockAdjustedEvent' ORDER BY sequenceNumber", Integer.class, "product-" + product);
    }

    List<Integer> stockAfter(long product) {
        List<Integer> all = stockAfters(product);
        return all.isEmpty() ? List.of() : List.of(all.get(all.size() - 1));
    }

    /** What the orders took from the product and did not give back. */
    long netOrderedStock(long product) {
        return jdbc.queryForObject("SELECT coalesce(sum((convert_from(payload, 'UTF8')::jsonb ->> 'delta')::int), 0)"
                + " FROM axon.domain_event_entry WHERE aggregateIdentifier = ? AND payloadType LIKE"
                + " '%.StockAdjustedEvent' AND upper(convert_from(payload, 'UTF8')::jsonb ->> 'reason')"
                + " IN ('ORDER', 'CANCELLATION')", Long.class, "product-" + product);
    }

    /** The coupon's redemptions that stand: redeemed and not released. */
    long standingRedemptions(long coupon) {
        return jdbc.queryForObject("SELECT count(*) FILTER (WHERE payloadType LIKE '%.CouponRedeemedEvent')"
                + " - count(*) FILTER (WHERE payloadType LIKE '%.CouponRedemptionReleasedEvent')"
                + " FROM axon.domain_event_entry WHERE aggregateIdentifier = ?", Long.class, "coupon-" + coupon);
    }

    /** The order's decision in its own events: {@code confirmed}, the rejection's code, or null while pending. */
    String decision(long order) {
        List<Map<String, Object>> decided = jdbc.queryForList("SELECT payloadType,"
                + " convert_from(payload, 'UTF8')::jsonb ->> 'reasonCode' AS reason"
                + " FROM axon.domain_event_entry WHERE aggregateIdentifier = ? AND (payloadType LIKE"
                + " '%.OrderConfirmedEvent' OR payloadType LIKE '%.OrderRejectedEvent')", "order-" + order);
        assertThat(decided).as("order %d decided at most once", order).hasSizeLessThanOrEqualTo(1);
        if (decided.isEmpty()) {
            return null;
        }
        Object reason = decided.get(0).get("reason");
        return reason == null ? "confirmed" : reason.toString();
    }

    /** Lines where a node's checkout processor failed a batch and backed off (its thread name cut by the log). */
    List<String> checkoutRetriesLogged() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path log : logs) {
            try (var lines = Files.lines(log)) {
                lines.filter(line -> line.contains("agaProcessor]-") && line.contains("preparing for retry"))
                        .forEach(found::add);
            }
        }
        return found;
    }

    @Override
    public void close() {
        ShopJars.stop(processes);
        RedisService.deleteKeys(redisPrefix);
    }

    private static String adminEmail(int node) {
        return "ops-" + node + "@shop.test";
    }

    private static String adminPassword(int node) {
        return "command-node-admin-password-" + node;
    }

    private void start(int node, int port, Map<String, String> shared) throws IOException {
        Path log = Path.of("target", "command-node-" + node + "-" + redisPrefix.substring(17, 25) + ".log");
        Map<String, String> environment = new HashMap<>(shared);
        environment.put("ADMIN_EMAIL", adminEmail(node));
        environment.put("ADMIN_PASSWORD", adminPassword(node));
        processes.add(ShopJars.start("command-side", port, environment, log));
        logs.add(log);
    }
}
