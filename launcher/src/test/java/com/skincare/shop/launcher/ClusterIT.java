package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.skincare.shop.projections.analytics.AnalyticsStore;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The cluster on one machine: two command-side and three query-side jars on one fresh PostgreSQL, one Mongo
 * wire-protocol server in this JVM and the Redis service. Under load through both command nodes the query nodes
 * share the projections' segments and answer alike; a query node killed with SIGKILL leaves its segments to the
 * others within seconds; a command node killed with SIGKILL loses no command it acknowledged; and afterwards a
 * replay of every SQL projection gives every table back unchanged, by checksum.
 */
class ClusterIT {

    private static final Logger log = LoggerFactory.getLogger(ClusterIT.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Five JVMs on two cores: the serial collector and the client compiler start them sooner and leaner. */
    private static final String JVM_OPTIONS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1";
    private static final int QUERY_NODES = 3;
    private static final List<String> SQL_PROJECTIONS = List.of("catalog", "customers", "inventory", "coupons");
    /** Every table the SQL projections write. */
    private static final List<String> TABLES = List.of("categories", "products", "product_categories",
            "product_images", "stock_movements", "users", "user_addresses", "reviews", "product_ratings",
            "wishlists", "shopping_cart", "cart_coupons", "orders", "order_items", "order_refunds", "coupons",
            "coupon_usage", "coupon_usage_orders", "skin_analyses");
    private static final Duration HANDOVER_LIMIT = Duration.ofSeconds(15);

    private static CommandNodes commands;
    private static MongoServer mongoServer;
    private static MongoClient mongo;
    private static final List<Process> queryProcesses = new ArrayList<>();
    private static final List<Http> queryNodes = new ArrayList<>();
    private static List<String> customers;
    private static long startedAt;

    @BeforeAll
    static void startTheCluster() throws Exception {
        startedAt = System.nanoTime();
        mongoServer = new MongoServer(new MemoryBackend());
        String mongoUri = mongoServer.bindAndGetConnectionString();
        mongo = MongoClients.create(mongoUri);
        commands = CommandNodes.launch("skincare_shop_cluster_it", 2, Map.of(
                "JAVA_TOOL_OPTIONS", JVM_OPTIONS,
                "SHOP_CHECKOUT_TIMEOUT", "30s",
                "DBSCHEDULER_POLLINGINTERVAL", "1s",
                "SHOP_CHECKOUT_ANSWERWAIT", "2s"));
        try {
            String run = UUID.randomUUID().toString().substring(0, 8);
            for (int node = 0; node < QUERY_NODES; node++) {
                Map<String, String> environment = new HashMap<>(commands.querySideSettings());
                environment.put("JAVA_TOOL_OPTIONS", JVM_OPTIONS);
                environment.put("MONGO_URI", mongoUri);
                environment.put("MONGO_DATABASE", "cluster_analytics");
                int port = ShopJars.freePort();
                queryProcesses.add(ShopJars.start("query-side", port, environment,
                        Path.of("target", "query-node-" + node + "-" + run + ".log")));
                queryNodes.add(new Http("http://localhost:" + port));
            }
            commands.awaitReady();
            queryNodes.forEach(ShopJars::awaitHealthy);
        } catch (RuntimeException | Error e) {
            stopTheCluster();
            throw e;
        }
        log.info("Cluster of 2 command and {} query nodes healthy after {} s", QUERY_NODES, seconds(startedAt));
        customers = commands.customers(16);
    }

    @AfterAll
    static void stopTheCluster() {
        ShopJars.stop(queryProcesses);
        if (commands != null) {
            commands.close();
        }
        if (mongo != null) {
            mongo.close();
        }
        if (mongoServer != null) {
            mongoServer.shutdownNow();
        }
        log.info("ClusterIT ran {} s in all", seconds(startedAt));
    }

    @Test
    void theQueryNodesShareTheWorkAnswerAlikeSurviveKillsAndMatchAFreshReplay() throws Exception {
        Load load = new Load();
        load.seed();

        // The segments spread: every query node holds some, and no segment is left without a node.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            Map<String, String> owners = owners();
            assertThat(owners.values()).as("every segment is held").doesNotContainNull();
            for (int node = 0; node < QUERY_NODES; node++) {
                assertThat(owners.values()).as("query node %d holds a segment: %s", node, owners)
                        .contains(owner(node));
            }
        });
        log.info("Segments spread: {}", spread());

        load.run(Duration.ofSeconds(8));
        quiesce(load);
        log.info("Spread under load: {}", spread());
        assertEveryNodeAnswersAlike(List.of(0, 1, 2), load);

        // SIGKILL a query node under load: the others take its segments.
        ExecutorService running = load.start();
        Thread.sleep(3000);
        int doomed = 2;
        Set<String> its = owners().entrySet().stream().filter(e -> owner(doomed).equals(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        long killedAt = System.nanoTime();
        assertThat(kill(queryProcesses.get(doomed))).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            Map<String, String> owners = owners();
            for (String segment : its) {
                assertThat(owners.get(segment)).as(segment).isIn(owner(0), owner(1));
            }
        });
        Duration handover = Duration.ofNanos(System.nanoTime() - killedAt);
        log.info("Handover of {} segments ({}) from the killed query node: {} ms; spread now {}", its.size(), its,
                handover.toMillis(), spread());
        assertThat(handover).as("its segments are claimed by the survivors within seconds")
                .isLessThan(HANDOVER_LIMIT);
        // Whoever claimed the most lets go of what is beyond its new share, which the other takes.
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            Map<String, String> owners = owners();
            int share = (owners.size() + 1) / 2;
            for (int survivor = 0; survivor < 2; survivor++) {
                String owner = owner(survivor);
                assertThat(owners.values().stream().filter(owner::equals).count())
                        .as("query node %d within its share of %d: %s", survivor, share, owners)
                        .isBetween(1L, (long) share);
            }
        });
        log.info("Spread among the survivors: {}", spread());

        // SIGKILL a command node under load: what it acknowledged is stored.
        Thread.sleep(3000);
        load.lose(1);
        assertThat(kill(commands.process(1))).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
        Thread.sleep(4000);
        load.stop(running);
        quiesce(load);
        load.assertEveryAcknowledgedCommandIsStoredAndProjected();
        log.info("Load: {}", load.figures());
        assertEveryNodeAnswersAlike(List.of(0, 1), load);

        // A fresh replay of every SQL projection, into fresh tables switched over while both survivors run their
        // share of the live processors, gives the same tables.
        Map<String, String> before = checksums();
        Http admin = queryNodes.get(0).withToken(load.adminToken());
        Http.Answer replay = admin.post("/api/v1/admin/projections/replay", null);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(202);
        long head = head();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            for (String projection : SQL_PROJECTIONS) {
                JsonNode status = admin.get("/api/v1/admin/projections/" + projection).data();
                assertThat(status.path("progress").path("phase").asText()).as(status.toString()).isEqualTo("done");
                assertThat(status.path("replaying").asBoolean()).as(projection).isFalse();
                assertThat(status.path("position").asLong()).as(projection).isGreaterThanOrEqualTo(head);
            }
        });
        assertThat(checksums()).isEqualTo(before);
        log.info("Replayed {} to the same {} tables; the IT so far {} s", SQL_PROJECTIONS, TABLES.size(),
                seconds(startedAt));
    }

    /** Every processor's segments, as {@code processor/segment}, and the node holding each ({@code pid@host}). */
    private static Map<String, String> owners() {
        Map<String, String> owners = new TreeMap<>();
        commands.jdbc().queryForList("SELECT processorName, segment, owner FROM axon.token_entry"
                        + " WHERE processorName IN ('catalog', 'customers', 'inventory', 'coupons')")
                .forEach(row -> owners.put(row.get("processorName") + "/" + row.get("segment"),
                        (String) row.get("owner")));
        for (Document token : mongo.getDatabase("cluster_analytics").getCollection(AnalyticsStore.TOKENS).find()) {
            owners.put(token.getString("processorName") + "/" + token.get("segment"), token.getString("owner"));
        }
        return owners;
    }

    /** The segments each query node holds. */
    private static Map<Integer, List<String>> spread() {
        Map<String, String> owners = owners();
        Map<Integer, List<String>> spread = new TreeMap<>();
        for (int node = 0; node < QUERY_NODES; node++) {
            String owner = owner(node);
            spread.put(node, owners.entrySet().stream().filter(e -> owner.equals(e.getValue()))
                    .map(Map.Entry::getKey).toList());
        }
        return spread;
    }

    /** As Axon names a node: its process id and this machine's name, which this JVM's name ends with. */
    private static String owner(int queryNode) {
        String self = ManagementFactory.getRuntimeMXBean().getName();
        return queryProcesses.get(queryNode).pid() + self.substring(self.indexOf('@'));
    }

    private static int kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    /**
     * Waits until nothing is left to happen: every order decided, and every processor of the query side at the
     * head of the event store, which stays where it is.
     */
    private static void quiesce(Load load) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(load.placedOrders()).allSatisfy(order ->
                        assertThat(commands.decision(order)).as("order %d", order).isNotNull()));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            long head = head();
            Map<String, Long> positions = positions();
            assertThat(positions).isNotEmpty();
            assertThat(positions).allSatisfy((segment, position) ->
                    assertThat(position).as(segment).isGreaterThanOrEqualTo(head));
            assertThat(head()).isEqualTo(head);
        });
    }

    private static long head() {
        return commands.jdbc().queryForObject("SELECT coalesce(max(globalIndex), 0) FROM axon.domain_event_entry",
                Long.class);
    }

    /** How far each segment of the query side's processors has read, from the stored tokens. */
    private static Map<String, Long> positions() throws IOException {
        Map<String, Long> positions = new TreeMap<>();
        for (Map<String, Object> row : commands.jdbc().queryForList("SELECT processorName, segment, token"
                + " FROM axon.token_entry WHERE processorName IN ('catalog', 'customers', 'inventory', 'coupons')")) {
            positions.put(row.get("processorName") + "/" + row.get("segment"), index((byte[]) row.get("token")));
        }
        for (Document token : mongo.getDatabase("cluster_analytics").getCollection(AnalyticsStore.TOKENS).find()) {
            if ("recommendations".equals(token.getString("processorName"))) {
                continue;
            }
            Object bytes = token.get("token");
            positions.put(token.getString("processorName") + "/" + token.get("segment"),
                    index(bytes instanceof Binary binary ? binary.getData() : (byte[]) bytes));
        }
        return positions;
    }

    /** The index of a stored gap-aware token (JSON): the last position it has read. */
    private static long index(byte[] token) throws IOException {
        if (token == null) {
            return -1;
        }
        JsonNode json = JSON.readTree(new String(token, StandardCharsets.UTF_8));
        return json.has("index") ? json.path("index").asLong() : -1;
    }

    /** The same reads on every node give the same answers. */
    private static void assertEveryNodeAnswersAlike(List<Integer> nodes, Load load) {
        long order = load.placedOrders().get(load.placedOrders().size() - 1);
        List<String> reads = List.of("/api/v1/products?limit=100&sort=created_at&order=asc",
                "/api/v1/admin/orders/" + order,
                "/api/v1/admin/orders?limit=100&sort=created_at&order=asc",
                "/api/v1/admin/customers?limit=100&sort=created_at&order=asc",
                "/api/v1/admin/inventory?limit=100&sort=sku",
                "/api/v1/admin/coupons");
        // Another node's cache entries are trusted for at most 800 ms after a change; nothing changes now.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            for (String read : reads) {
                Http.Answer first = queryNodes.get(nodes.get(0)).withToken(load.adminToken()).get(read);
                assertThat(first.status()).as(read + " " + first).isEqualTo(200);
                for (int node : nodes.subList(1, nodes.size())) {
                    assertThat(queryNodes.get(node).withToken(load.adminToken()).get(read).data())
                            .as("%s on query node %d", read, node).isEqualTo(first.data());
                }
            }
            List<JsonNode> statuses = nodes.stream().map(node -> queryNodes.get(node).withToken(load.adminToken())
                    .get("/api/v1/admin/projections").data()).toList();
            for (JsonNode status : statuses) {
                assertThat(status.findValuesAsText("name")).isEqualTo(statuses.get(0).findValuesAsText("name"));
                assertThat(status.findValuesAsText("head")).isEqualTo(statuses.get(0).findValuesAsText("head"));
                assertThat(status.findValuesAsText("position")).as("positions read from the stored tokens")
                        .isEqualTo(statuses.get(0).findValuesAsText("position"));
                assertThat(status.findValuesAsText("lag")).isEqualTo(statuses.get(0).findValuesAsText("lag"));
            }
        });
    }

    private static Map<String, String> checksums() {
        return ReadTableChecksums.of(commands.jdbc(), TABLES);
    }

    private static long seconds(long since) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - since);
    }

    /**
     * Writes through the live command nodes from several threads: products, restocks, sign-ups, orders (some with
     * a coupon), tracked events and searches, so every projection has events. Keeps what each node acknowledged.
     */
    private static final class Load {

        private static final int CLIENTS = 6;
        private final List<Integer> live = new CopyOnWriteArrayList<>(List.of(0, 1));
        private final AtomicBoolean stopping = new AtomicBoolean();
        private final List<Long> products = new CopyOnWriteArrayList<>();
        private final ConcurrentLinkedQueue<Long> users = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<long[]> restocks = new ConcurrentLinkedQueue<>();
        private final List<Long> orders = new CopyOnWriteArrayList<>();
        private final ConcurrentLinkedQueue<String> visits = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<String> searches = new ConcurrentLinkedQueue<>();
        private final AtomicInteger sent = new AtomicInteger();
        private final AtomicInteger refused = new AtomicInteger();
        private final AtomicInteger lost = new AtomicInteger();
        private final String coupon = "CLUSTER" + ThreadLocalRandom.current().nextInt(100000);
        private long started;
        private long busyNanos;

        void seed() {
            for (int i = 0; i < 6; i++) {
                products.add(commands.createProduct(500));
            }
            commands.createCoupon(coupon, 100000, 100000);
        }

        String adminToken() {
            return commands.adminToken();
        }

        void run(Duration duration) throws InterruptedException {
            ExecutorService clients = start();
            Thread.sleep(duration.toMillis());
            stop(clients);
        }

        ExecutorService start() {
            stopping.set(false);
            started = System.nanoTime();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(() -> {
                    while (!stopping.get()) {
                        one();
                    }
                    return null;
                });
            }
            return clients;
        }

        void stop(ExecutorService clients) throws InterruptedException {
            stopping.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            busyNanos += System.nanoTime() - started;
        }

        /** The node is about to die: nothing more is sent to it (what is on its way may be lost). */
        void lose(int node) {
            live.remove(Integer.valueOf(node));
        }

        List<Long> placedOrders() {
            return orders;
        }

        private void one() {
            int node = live.get(ThreadLocalRandom.current().nextInt(live.size()));
            int action = ThreadLocalRandom.current().nextInt(10);
            sent.incrementAndGet();
            try {
                Http.Answer answer = switch (action) {
                    case 0 -> createProduct(node);
                    case 1 -> restock(node);
                    case 2 -> register(node);
                    case 3, 4, 5 -> order(node);
                    case 6, 7 -> visit(node);
                    default -> search(node);
                };
                if (answer.status() >= 300) {
                    refused.incrementAndGet();
                    assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
                }
            } catch (IllegalStateException connectionLost) {
                lost.incrementAndGet();
            }
        }

        private Http.Answer createProduct(int node) {
            Map<String, Object> body = CatalogRequests.product("cl-" + UUID.randomUUID().toString().substring(0, 8));
            body.put("stock", 500);
            Http.Answer created = commands.admin(node).post("/api/v1/admin/products", body);
            if (created.status() == 201) {
                products.add(created.data().path("id").asLong());
            }
            return created;
        }

        private Http.Answer restock(int node) {
            long product = products.get(ThreadLocalRandom.current().nextInt(products.size()));
            Http.Answer restocked = commands.admin(node).post("/api/v1/admin/inventory/" + product + "/restock",
                    Map.of("quantity", 1 + ThreadLocalRandom.current().nextInt(5)));
            if (restocked.status() == 200) {
                restocks.add(new long[]{product, restocked.data().path("stock").asLong()});
            }
            return restocked;
        }

        private Http.Answer register(int node) {
            Http.Answer registered = commands.node(node).post("/api/v1/auth/register", Map.of(
                    "email", "cluster-" + UUID.randomUUID() + "@example.com", "password", CommandNodes.PASSWORD,
                    "first_name", "Sophea", "last_name", "Chan"));
            if (registered.status() == 201) {
                users.add(registered.data().path("id").asLong());
            }
            return registered;
        }

        private Http.Answer order(int node) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            long product = products.get(random.nextInt(products.size()));
            Map<String, Object> body = CheckoutHttpIT.order(List.of(CheckoutHttpIT.line(product, 1 + random.nextInt(2))));
            if (random.nextBoolean()) {
                body.put("coupon_code", coupon);
            }
            Http.Answer placed = commands.node(node).withToken(customers.get(random.nextInt(customers.size())))
                    .post("/api/v1/orders", body);
            if (placed.status() == 201 || placed.status() == 202 || placed.status() == 200) {
                orders.add(placed.data().path("id").asLong());
            }
            return placed;
        }

        private Http.Answer visit(int node) {
            long product = products.get(ThreadLocalRandom.current().nextInt(products.size()));
            Http.Answer tracked = commands.node(node).post("/ml/v1/analytics/track-event", Map.of(
                    "event_type", "product_view", "session_id", "cluster-" + ThreadLocalRandom.current().nextInt(20),
                    "event_data", Map.of("product_id", product, "page_url", "/products/" + product)));
            if (tracked.status() == 201) {
                visits.add(tracked.data().path("event_id").asText());
            }
            return tracked;
        }

        private Http.Answer search(int node) {
            Http.Answer tracked = commands.node(node).post("/ml/v1/search/track-query", Map.of(
                    "search_query", "toner " + ThreadLocalRandom.current().nextInt(10), "results_count", 3,
                    "session_id", "cluster-" + ThreadLocalRandom.current().nextInt(20)));
            if (tracked.status() == 201) {
                searches.add(tracked.data().path("event_id").asText());
            }
            return tracked;
        }

        /** Each acknowledged write is in the event store and in its projection. */
        void assertEveryAcknowledgedCommandIsStoredAndProjected() {
            var jdbc = commands.jdbc();
            for (long product : products) {
                assertThat(jdbc.queryForObject("SELECT count(*) FROM axon.domain_event_entry WHERE"
                        + " aggregateIdentifier = ? AND payloadType LIKE '%.ProductCreatedEvent'", Long.class,
                        "product-" + product)).as("product %d stored", product).isEqualTo(1);
                assertThat(jdbc.queryForObject("SELECT count(*) FROM products WHERE id = ?", Long.class, product))
                        .as("product %d projected", product).isEqualTo(1);
            }
            for (long user : users) {
                assertThat(jdbc.queryForObject("SELECT count(*) FROM axon.domain_event_entry WHERE"
                        + " aggregateIdentifier = ? AND payloadType LIKE '%.UserRegisteredEvent'", Long.class,
                        "user-" + user)).as("user %d stored", user).isEqualTo(1);
                assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE id = ?", Long.class, user))
                        .as("user %d projected", user).isEqualTo(1);
            }
            for (long[] restock : restocks) {
                assertThat(commands.stockAfters(restock[0])).as("restock of %d to %d stored", restock[0], restock[1])
                        .contains((int) restock[1]);
                assertThat(jdbc.queryForObject("SELECT count(*) FROM stock_movements WHERE product_id = ?"
                        + " AND reason = 'restock' AND stock_after = ?", Long.class, restock[0], (int) restock[1]))
                        .as("restock of %d to %d projected", restock[0], restock[1]).isPositive();
            }
            for (long order : orders) {
                assertThat(commands.decision(order)).as("order %d decided", order).isNotNull();
                assertThat(jdbc.queryForObject("SELECT count(*) FROM orders WHERE id = ? AND status <> 'pending'",
                        Long.class, order)).as("order %d projected, decided", order).isEqualTo(1);
            }
            var db = mongo.getDatabase("cluster_analytics");
            for (String visit : visits) {
                assertThat(jdbc.queryForObject("SELECT count(*) FROM axon.domain_event_entry WHERE eventIdentifier = ?",
                        Long.class, visit)).as("visit %s stored", visit).isEqualTo(1);
                assertThat(db.getCollection(AnalyticsStore.USER_ANALYTICS).countDocuments(eq("events.event_id", visit)))
                        .as("visit %s projected", visit).isEqualTo(1);
            }
            for (String search : searches) {
                assertThat(jdbc.queryForObject("SELECT count(*) FROM axon.domain_event_entry WHERE eventIdentifier = ?",
                        Long.class, search)).as("search %s stored", search).isEqualTo(1);
                assertThat(db.getCollection(AnalyticsStore.SEARCH_ANALYTICS).countDocuments(eq("event_id", search)))
                        .as("search %s projected", search).isEqualTo(1);
            }
        }

        String figures() {
            long acknowledged = products.size() - 6 + users.size() + restocks.size() + orders.size() + visits.size()
                    + searches.size();
            double seconds = busyNanos / 1e9;
            return String.format("%d requests in %.1f s of load (%.1f/s) from %d clients: %d acknowledged"
                            + " (%d products, %d sign-ups, %d restocks, %d orders, %d visits, %d searches), %d refused"
                            + " (4xx), %d lost with the killed node; %d events in the store",
                    sent.get(), seconds, sent.get() / seconds, CLIENTS, acknowledged, products.size() - 6,
                    users.size(), restocks.size(), orders.size(), visits.size(), searches.size(), refused.get(),
                    lost.get(), head());
        }
    }
}
