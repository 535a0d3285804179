package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.skincare.shop.eventstore.database.PostgresLocator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static com.skincare.shop.launcher.CatalogRequests.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The checkout's promises with two command-side processes sharing one event store: each node its own JVM (the
 * command side's executable jar, started twice), its own aggregate locks, its own saga processor competing for the
 * checkouts' segments, on one PostgreSQL and one Redis. Orders go to both nodes over HTTP at once; outcomes are read
 * from the answers and, for a 202, from the order's events; the invariants are checked in the event store itself.
 */
class TwoNodeCheckoutIT {

    private static final String ORDERS = "/api/v1/orders";
    private static final int CUSTOMERS = 100;
    private static final String REDIS_PREFIX = "two-node-it-" + UUID.randomUUID() + ":";
    private static final List<Process> processes = new ArrayList<>();
    private static final List<Path> logs = new ArrayList<>();
    private static final List<Http> nodes = new ArrayList<>();
    private static final List<String> customerTokens = new ArrayList<>();
    private static JdbcTemplate jdbc;
    private static Http admin;
    private static String adminToken;

    @BeforeAll
    static void startTwoCommandNodes() throws Exception {
        PostgresLocator.Location db = TestDatabase.fresh("skincare_shop_two_nodes_it");
        URI url = URI.create(db.jdbcUrl().substring("jdbc:".length()));
        jdbc = new JdbcTemplate(new DriverManagerDataSource(db.jdbcUrl(), db.username(), db.password()));
        KeyPair keys = TestKeys.generate();
        Map<String, String> shared = new HashMap<>(Map.of(
                "DB_HOST", url.getHost(),
                "DB_PORT", Integer.toString(url.getPort()),
                "DB_NAME", url.getPath().substring(1),
                "DB_USER", db.username(),
                "DB_PASSWORD", db.password(),
                "JWT_PRIVATE_KEY", TestKeys.pem("PRIVATE KEY", keys.getPrivate().getEncoded()),
                "JWT_PUBLIC_KEY", TestKeys.pem("PUBLIC KEY", keys.getPublic().getEncoded()),
                "REDIS_HOST", "127.0.0.1",
                "SHOP_REDIS_KEYPREFIX", REDIS_PREFIX,
                "BCRYPT_STRENGTH", "4"));
        // Mailed tokens are sealed by one node and sent by either.
        byte[] mailKey = new byte[32];
        new java.security.SecureRandom().nextBytes(mailKey);
        shared.put("MAIL_TOKEN_KEY", java.util.Base64.getEncoder().encodeToString(mailKey));
        // Two of the four checkout segments a node, so both nodes run checkouts and race on the same products.
        shared.put("SHOP_CHECKOUT_SAGATHREADS", "2");
        shared.put("SHOP_CHECKOUT_SAGASEGMENTS", "4");
        // Every request of the test comes from one address.
        shared.put("RATE_LIMIT_REQUESTS", "1000000");
        // A checkout decides in milliseconds alone, but hundreds at once on a shared 2-core machine take longer.
        shared.put("SHOP_CHECKOUT_ANSWERWAIT", "20s");
        for (String node : List.of("a", "b")) {
            int port = freePort();
            Map<String, String> own = Map.of("ADMIN_EMAIL", "ops-" + node + "@shop.test",
                    "ADMIN_PASSWORD", "two-node-admin-password-" + node);
            start(node, port, shared, own);
            nodes.add(new Http("http://localhost:" + port));
        }
        nodes.forEach(TwoNodeCheckoutIT::awaitHealthy);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("SELECT count(DISTINCT owner) FROM axon.token_entry"
                        + " WHERE processorName = 'CheckoutSagaProcessor'", Integer.class))
                        .as("both nodes run checkouts").isEqualTo(2));
        adminToken = nodes.get(0).post("/api/v1/admin/login",
                Map.of("email", "ops-a@shop.test", "password", "two-node-admin-password-a"))
                .data().path("access_token").asText();
        admin = nodes.get(0).withToken(adminToken);
        registerCustomers();
    }

    @AfterAll
    static void stopBothNodes() {
        processes.forEach(Process::destroy);
        processes.forEach(process -> {
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        RedisService.deleteKeys(REDIS_PREFIX);
    }

    @Test
    void twoHundredConcurrentOrdersForFiftyInStockSellExactlyFiftyAndStockIsNeverNegative() throws Exception {
        long serum = createProduct(50);

        Map<String, Integer> outcomes = race(200, i -> order(i, serum, null));

        assertThat(outcomes).as("every order answered and decided").containsOnlyKeys("confirmed",
                "INSUFFICIENT_STOCK");
        assertThat(outcomes.get("confirmed")).isEqualTo(50);
        assertThat(outcomes.get("INSUFFICIENT_STOCK")).isEqualTo(150);
        assertThat(stockAfter(serum)).containsOnly(0);
        assertThat(stockAfters(serum)).as("every stock level the product ever had").allMatch(stock -> stock >= 0);
        assertThat(netOrderedStock(serum)).isEqualTo(-50);
        assertThat(checkoutRetriesLogged()).as("no checkout failed at its commit and sent its processor into retry")
                .isEmpty();
    }

    @Test
    void aCouponLimitedToTenUnderAHundredConcurrentCheckoutsIsUsedExactlyTenTimes() throws Exception {
        long toner = createProduct(1000);
        String code = "TWO-NODE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long coupon = createCoupon(code, 10, 100);

        Map<String, Integer> outcomes = race(CUSTOMERS, i -> order(i, toner, code));

        assertThat(outcomes.get("confirmed")).isEqualTo(10);
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(CUSTOMERS);
        assertThat(standingRedemptions(coupon)).isEqualTo(10);
        assertThat(confirmedWithACoupon(toner)).isEqualTo(10);
        assertThat(netOrderedStock(toner)).as("the rejected orders' stock given back").isEqualTo(-10);
        assertThat(stockAfter(toner)).containsOnly(990);
    }

    @Test
    void oneCustomerCheckingOutFromBothNodesAtOnceGetsOneOrderWithACouponOfOneUsePerCustomer() throws Exception {
        long cleanser = createProduct(100);
        String code = "ONCE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long coupon = createCoupon(code, 100, 1);
        String token = customerTokens.get(0);

        Map<String, Integer> outcomes = race(10, i -> new Attempt(nodes.get(i % 2).withToken(token),
                CheckoutHttpIT.with(CheckoutHttpIT.order(List.of(CheckoutHttpIT.line(cleanser, 1))),
                        "coupon_code", code)));

        assertThat(outcomes.get("confirmed")).isEqualTo(1);
        assertThat(standingRedemptions(coupon)).isEqualTo(1);
        assertThat(netOrderedStock(cleanser)).isEqualTo(-1);
    }

    @Test
    void restocksFromBothNodesAtOnceLoseNoUpdate() throws Exception {
        long toner = createProduct(5);
        ExecutorService senders = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Http node = nodes.get(i % 2).withToken(adminToken);
            answers.add(senders.submit(() -> {
                start.await();
                return node.post("/api/v1/admin/inventory/" + toner + "/restock", Map.of("quantity", 1)).status();
            }));
        }
        start.countDown();
        for (Future<Integer> answer : answers) {
            assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(200);
        }
        senders.shutdown();

        assertThat(stockAfter(toner)).containsOnly(105);
        assertThat(stockAfters(toner)).hasSize(100).doesNotHaveDuplicates();
    }

    /** One checkout request: the node it goes to, as the customer, and its body. */
    private record Attempt(Http http, Map<String, Object> body) {
    }

    private static Attempt order(int i, long product, String couponCode) {
        Map<String, Object> body = CheckoutHttpIT.order(List.of(CheckoutHttpIT.line(product, 1)));
        if (couponCode != null) {
            body.put("coupon_code", couponCode);
        }
        return new Attempt(nodes.get(i % 2).withToken(customerTokens.get(i % CUSTOMERS)), body);
    }

    /**
     * Sends every attempt at once, half to each node, and counts the decisions: {@code confirmed} or the refusal's
     * code. A 202 is followed in the event store until the order is decided; anything else fails the test.
     */
    private static Map<String, Integer> race(int attempts, Function<Integer, Attempt> attempt) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(Math.min(attempts, 100));
        CountDownLatch start = new CountDownLatch(1);
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            Attempt one = attempt.apply(i);
            sent.add(senders.submit(() -> {
                start.await();
                Http.Answer answer = one.http().post(ORDERS, one.body());
                outcomes.merge(decision(answer), 1, Integer::sum);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : sent) {
            future.get(3, TimeUnit.MINUTES);
        }
        senders.shutdown();
        return outcomes;
    }

    private static String decision(Http.Answer answer) {
        return switch (answer.status()) {
            case 200, 201 -> {
                assertThat(answer.data().path("status").asText()).as(answer.toString()).isEqualTo("confirmed");
                yield "confirmed";
            }
            case 422 -> answer.code();
            case 202 -> decidedInTheEventStore(answer.data().path("id").asLong());
            default -> throw new AssertionError("neither decided nor accepted: " + answer);
        };
    }

    private static String decidedInTheEventStore(long order) {
        String[] decision = new String[1];
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            List<Map<String, Object>> decided = jdbc.queryForList("SELECT payloadType,"
                    + " convert_from(payload, 'UTF8')::jsonb ->> 'reasonCode' AS reason"
                    + " FROM axon.domain_event_entry WHERE aggregateIdentifier = ? AND (payloadType LIKE"
                    + " '%.OrderConfirmedEvent' OR payloadType LIKE '%.OrderRejectedEvent')", "order-" + order);
            assertThat(decided).as("order %d decided", order).hasSize(1);
            Object reason = decided.get(0).get("reason");
            decision[0] = reason == null ? "confirmed" : reason.toString();
        });
        return decision[0];
    }

    /** Every {@code stockAfter} of the product's stock events, in their order. */
    private static List<Integer> stockAfters(long product) {
        return jdbc.queryForList("SELECT (convert_from(payload, 'UTF8')::jsonb ->> 'stockAfter')::int"
                + " FROM axon.domain_event_entry WHERE aggregateIdentifier = ? AND payloadType LIKE"
                + " '%.StockAdjustedEvent' ORDER BY sequenceNumber", Integer.class, "product-" + product);
    }

    private static List<Integer> stockAfter(long product) {
        List<Integer> all = stockAfters(product);
        return all.isEmpty() ? List.of() : List.of(all.get(all.size() - 1));
    }

    /** What the orders took from the product and did not give back. */
    private static long netOrderedStock(long product) {
        return jdbc.queryForObject("SELECT coalesce(sum((convert_from(payload, 'UTF8')::jsonb ->> 'delta')::int), 0)"
                + " FROM axon.domain_event_entry WHERE aggregateIdentifier = ? AND payloadType LIKE"
                + " '%.StockAdjustedEvent' AND upper(convert_from(payload, 'UTF8')::jsonb ->> 'reason')"
                + " IN ('ORDER', 'CANCELLATION')", Long.class, "product-" + product);
    }

    private static long standingRedemptions(long coupon) {
        return jdbc.queryForObject("SELECT count(*) FILTER (WHERE payloadType LIKE '%.CouponRedeemedEvent')"
                + " - count(*) FILTER (WHERE payloadType LIKE '%.CouponRedemptionReleasedEvent')"
                + " FROM axon.domain_event_entry WHERE aggregateIdentifier = ?", Long.class, "coupon-" + coupon);
    }

    /** Orders of the product confirmed with a coupon's redemption. */
    private static long confirmedWithACoupon(long product) {
        return jdbc.queryForObject("SELECT count(*) FROM axon.domain_event_entry confirmed"
                + " JOIN axon.domain_event_entry placed ON placed.aggregateIdentifier = confirmed.aggregateIdentifier"
                + " AND placed.payloadType LIKE '%.OrderPlacedEvent'"
                + " WHERE confirmed.payloadType LIKE '%.OrderConfirmedEvent'"
                + " AND convert_from(confirmed.payload, 'UTF8')::jsonb ->> 'couponUsageId' IS NOT NULL"
                + " AND convert_from(placed.payload, 'UTF8')::jsonb -> 'items' @> ?::jsonb", Long.class,
                "[{\"productId\": " + product + "}]");
    }

    /**
     * Lines where a node's checkout processor failed a batch and backed off: Axon's tracking processor logs it from
     * the processor's thread, whose name the log pattern cuts to its last characters.
     */
    private static List<String> checkoutRetriesLogged() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path log : logs) {
            try (var lines = Files.lines(log)) {
                lines.filter(line -> line.contains("agaProcessor]-") && line.contains("preparing for retry"))
                        .forEach(found::add);
            }
        }
        return found;
    }

    private static long createProduct(int stock) {
        Map<String, Object> body = product("two-node-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("stock", stock);
        Http.Answer created = admin.post("/api/v1/admin/products", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().path("id").asLong();
    }

    private static long createCoupon(String code, int usageLimit, int perCustomer) {
        Http.Answer created = admin.post("/api/v1/admin/coupons", Map.of("code", code, "name", "Coupon " + code,
                "type", "percentage", "value", 10, "usage_limit", usageLimit, "usage_limit_per_user", perCustomer));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().path("id").asLong();
    }

    /** Signed up through both nodes, signed in through the first: a session in the shared Redis works on both. */
    private static void registerCustomers() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<String>> tokens = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < CUSTOMERS; i++) {
            Http node = nodes.get(i % 2);
            String email = "two-node-" + run + "-" + i + "@example.com";
            tokens.add(senders.submit(() -> {
                Http.Answer registered = node.post("/api/v1/auth/register", Map.of("email", email,
                        "password", "Kampot-pepper-2025", "first_name", "Sophea", "last_name", "Chan"));
                assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
                JsonNode login = nodes.get(0).post("/api/v1/auth/login",
                        Map.of("email", email, "password", "Kampot-pepper-2025")).data();
                return login.path("access_token").asText();
            }));
        }
        for (Future<String> token : tokens) {
            customerTokens.add(token.get(2, TimeUnit.MINUTES));
        }
        senders.shutdown();
    }

    private static void start(String node, int port, Map<String, String> shared, Map<String, String> own)
            throws IOException {
        Path jar = Path.of("..", "command-side", "target",
                "command-side-" + System.getProperty("shop.version") + "-exec.jar");
        assertThat(jar).as("built by the command-side module before the integration tests").exists();
        Path log = Path.of("target", "two-node-" + node + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(shared);
        builder.environment().putAll(own);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        processes.add(builder.start());
        logs.add(log);
    }

    private static void awaitHealthy(Http node) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .untilAsserted(() -> assertThat(node.get("/health").status()).isEqualTo(200));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
