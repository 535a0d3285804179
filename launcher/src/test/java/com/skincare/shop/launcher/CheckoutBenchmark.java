package com.skincare.shop.launcher;

import com.skincare.floor.FloorCheckout;
import com.skincare.floor.FloorCheckoutController;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.skincare.shop.launcher.CatalogRequests.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checkout benchmark: customers place orders of three lines ({@code POST /api/v1/orders}, each answered with
 * the checkout's decision) as fast as {@code benchmark.clients} client threads can, and in the same run pgbench runs
 * the same checkout written as one SQL transaction on the same PostgreSQL: each of the three products' stock taken
 * with a check ({@code UPDATE ... SET stock = stock - q WHERE id = ? AND stock >= q}), the order inserted with its
 * id from a sequence, and its three lines. Not a test: it asserts only that it measured what it says, and prints
 * and writes its figures ({@code launcher/target/benchmark/checkout.md}). Run it with
 * {@code scripts/benchmark-checkout.sh}.
 * <p>
 * The products are split in three ranges and a line takes one of each, in that order, so pgbench's transactions
 * lock rows in one order as the saga reserves products in id order, and neither deadlocks. Client, shop and
 * PostgreSQL share the machine.
 * <p>
 * Beside both it runs the floor of any event-sourced checkout on this stack ({@link FloorCheckout}): the same
 * requests, through the same filters, each appending as many events as a checkout stores in one unit of work, and
 * the same commands sent in process without HTTP, and the same requests answered without a command. Their ratio to pgbench is the most any design here could reach.
 */
@Import({FloorCheckout.class, FloorCheckoutController.class})
class CheckoutBenchmark extends ShopIT {

    private static final int PRODUCTS = Integer.getInteger("benchmark.products", 60);
    private static final int CUSTOMERS = Integer.getInteger("benchmark.customers", 200);
    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 16);
    private static final int ORDERS = Integer.getInteger("benchmark.orders", 3_000);
    private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 500);
    private static final int PGBENCH_SECONDS = Integer.getInteger("benchmark.pgbench-seconds", 20);
    private static final int STOCK = 1_000_000;
    /** Which of the shop's runs to make: any of shop, floor, in-process, comma-separated; pgbench always runs. */
    private static final List<String> PARTS = List.of(System.getProperty("benchmark.parts", "shop,floor,echo,in-process")
            .split(","));
    private static final Result NOT_RUN = new Result(new long[] {0}, 1, Map.of());
    private static final String ORDERS_PATH = "/api/v1/orders";
    private static final String FLOOR_PATH = "/benchmark/floor-orders";
    private static final String ECHO_PATH = "/benchmark/floor-echo";
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Long> products = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();

    @Autowired
    CommandGateway commands;

    @Test
    void checkoutUnderLoad() throws Exception {
        setUp();
        Result shop = NOT_RUN;
        if (PARTS.contains("shop")) {
            run(WARM_UP, ORDERS_PATH);
            shop = run(ORDERS, ORDERS_PATH);
            assertThat(shop.confirmed()).as("orders confirmed, of %s", shop.outcomes()).isPositive();
        }
        Result floor = NOT_RUN;
        if (PARTS.contains("floor")) {
            run(WARM_UP, FLOOR_PATH);
            floor = run(ORDERS, FLOOR_PATH);
            assertThat(floor.confirmed()).as("floor orders, of %s", floor.outcomes()).isEqualTo(ORDERS);
        }
        Result echo = NOT_RUN;
        if (PARTS.contains("echo")) {
            run(WARM_UP, ECHO_PATH);
            echo = run(ORDERS, ECHO_PATH);
            assertThat(echo.confirmed()).as("echoed orders, of %s", echo.outcomes()).isEqualTo(ORDERS);
        }
        Result inProcess = NOT_RUN;
        if (PARTS.contains("in-process")) {
            runInProcess(WARM_UP);
            inProcess = runInProcess(ORDERS);
        }
        PgbenchResult pgbench = pgbench();
        report(shop, floor, echo, inProcess, pgbench);
    }

    private void setUp() throws Exception {
        for (int i = 0; i < PRODUCTS; i++) {
            Map<String, Object> body = product("bench-" + unique());
            body.put("stock", STOCK);
            Http.Answer created = admin().post("/api/v1/admin/products", body);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            products.add(created.data().path("id").asLong());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> signedIn = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            signedIn.add(pool.submit(() -> newCustomer().accessToken()));
        }
        for (Future<String> token : signedIn) {
            tokens.add(token.get());
        }
        pool.shutdown();
        jdbc.execute("ANALYZE");
    }

    /** {@code orders} orders over the client threads, each timed; the answers counted by status and code. */
    private Result run(int orders, String path) throws Exception {
        long[] nanos = new long[orders];
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < CLIENTS; t++) {
            done.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < orders; i = next.getAndIncrement()) {
                    String body = orderBody();
                    long before = System.nanoTime();
                    HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                                    URI.create("http://localhost:" + port + path))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + tokens.get(i % tokens.size()))
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    nanos[i] = System.nanoTime() - before;
                    outcomes.merge(outcome(answer), 1, Integer::sum);
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        clients.shutdown();
        return new Result(nanos, seconds, outcomes);
    }

    /** The floor's commands sent straight to the command gateway from the client threads, without HTTP. */
    private Result runInProcess(int orders) throws Exception {
        long[] nanos = new long[orders];
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        List<String> address = List.of("Sokha", "Chan", "12 Street 271", "Phnom Penh", "12000", "KH", "+85512345678");
        for (int t = 0; t < CLIENTS; t++) {
            done.add(clients.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                int third = PRODUCTS / 3;
                for (int i = next.getAndIncrement(); i < orders; i = next.getAndIncrement()) {
                    List<FloorCheckout.Line> lines = new ArrayList<>();
                    for (int line = 0; line < 3; line++) {
                        long product = products.get(line * third + random.nextInt(third));
                        lines.add(new FloorCheckout.Line(product, 1 + random.nextInt(3), "Product " + product,
                                "SKU-" + product, new BigDecimal("14.50")));
                    }
                    long before = System.nanoTime();
                    commands.sendAndWait(new FloorCheckout.PlaceFloorOrderCommand(UUID.randomUUID().toString(),
                            "customer-" + (i % CUSTOMERS), lines, address, Instant.now()));
                    nanos[i] = System.nanoTime() - before;
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        clients.shutdown();
        return new Result(nanos, seconds, Map.of("201 confirmed", orders));
    }

    /** One line from each third of the products, 1 to 3 of each, as the pgbench script orders. */
    private String orderBody() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int third = PRODUCTS / 3;
        StringBuilder items = new StringBuilder();
        for (int line = 0; line < 3; line++) {
            long product = products.get(line * third + random.nextInt(third));
            items.append(line == 0 ? "" : ",").append("{\"product_id\":").append(product)
                    .append(",\"quantity\":").append(1 + random.nextInt(3)).append('}');
        }
        return "{\"items\":[" + items + "],\"shipping_address\":{\"first_name\":\"Sokha\",\"last_name\":\"Chan\","
                + "\"address_line1\":\"12 Street 271\",\"city\":\"Phnom Penh\",\"postal_code\":\"12000\","
                + "\"country\":\"KH\",\"phone\":\"+85512345678\"}}";
    }

    private static String outcome(HttpResponse<String> answer) {
        if (answer.statusCode() == 201) {
            return "201 confirmed";
        }
        Matcher code = Pattern.compile("\"code\":\"([A-Z_]+)\"").matcher(answer.body());
        return answer.statusCode() + (code.find() ? " " + code.group(1) : "");
    }

    private record Result(long[] nanos, double seconds, Map<String, Integer> outcomes) {

        int confirmed() {
            return outcomes.getOrDefault("201 confirmed", 0);
        }

        double confirmedPerSecond() {
            return confirmed() / seconds;
        }

        double percentileMillis(double fraction) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * fraction) - 1)] / 1e6;
        }
    }

    private record PgbenchResult(double tps, double latencyMillis, String script, String output) {
    }

    /**
     * The same checkout in SQL, in tables of a schema of its own in the shop's database: the products' stock, the
     * orders with an id sequence, the lines. pgbench runs it with as many clients as the shop had.
     */
    private PgbenchResult pgbench() throws Exception {
        jdbc.execute("DROP SCHEMA IF EXISTS pgbench_checkout CASCADE");
        jdbc.execute("CREATE SCHEMA pgbench_checkout");
        jdbc.execute("CREATE TABLE pgbench_checkout.products (id BIGINT PRIMARY KEY, stock INT NOT NULL"
                + " CHECK (stock >= 0), price NUMERIC(10, 2) NOT NULL)");
        jdbc.execute("CREATE TABLE pgbench_checkout.orders (id BIGSERIAL PRIMARY KEY, user_id BIGINT NOT NULL,"
                + " status VARCHAR(20) NOT NULL, subtotal NUMERIC(10, 2) NOT NULL, total NUMERIC(10, 2) NOT NULL,"
                + " created_at TIMESTAMPTZ NOT NULL)");
        jdbc.execute("CREATE TABLE pgbench_checkout.order_items (id BIGSERIAL PRIMARY KEY, order_id BIGINT NOT NULL"
                + " REFERENCES pgbench_checkout.orders (id), product_id BIGINT NOT NULL REFERENCES"
                + " pgbench_checkout.products (id), quantity INT NOT NULL, unit_price NUMERIC(10, 2) NOT NULL)");
        jdbc.execute("INSERT INTO pgbench_checkout.products SELECT g, " + STOCK + ", 14.50"
                + " FROM generate_series(1, " + PRODUCTS + ") g");
        jdbc.execute("ANALYZE pgbench_checkout.products");
        int third = PRODUCTS / 3;
        String script = String.join("\n",
                "\\set p1 random(1, " + third + ")",
                "\\set p2 random(" + (third + 1) + ", " + 2 * third + ")",
                "\\set p3 random(" + (2 * third + 1) + ", " + 3 * third + ")",
                "\\set q1 random(1, 3)",
                "\\set q2 random(1, 3)",
                "\\set q3 random(1, 3)",
                "\\set customer random(1, " + CUSTOMERS + ")",
                "BEGIN;",
                "UPDATE pgbench_checkout.products SET stock = stock - :q1 WHERE id = :p1 AND stock >= :q1;",
                "UPDATE pgbench_checkout.products SET stock = stock - :q2 WHERE id = :p2 AND stock >= :q2;",
                "UPDATE pgbench_checkout.products SET stock = stock - :q3 WHERE id = :p3 AND stock >= :q3;",
                "INSERT INTO pgbench_checkout.orders (user_id, status, subtotal, total, created_at)"
                        + " VALUES (:customer, 'confirmed', 14.50 * (:q1 + :q2 + :q3), 14.50 * (:q1 + :q2 + :q3),"
                        + " now()) RETURNING id AS order_id \\gset",
                "INSERT INTO pgbench_checkout.order_items (order_id, product_id, quantity, unit_price) VALUES"
                        + " (:order_id, :p1, :q1, 14.50), (:order_id, :p2, :q2, 14.50),"
                        + " (:order_id, :p3, :q3, 14.50);",
                "END;", "");
        Path file = Path.of("target", "benchmark", "checkout.pgbench.sql");
        Files.createDirectories(file.getParent());
        Files.writeString(file, script);
        URI url = URI.create(System.getProperty("spring.datasource.url").substring("jdbc:".length()));
        ProcessBuilder builder = new ProcessBuilder("pgbench", "-n", "-f", file.toString(), "-c",
                Integer.toString(CLIENTS), "-j", Integer.toString(Math.min(CLIENTS, 4)), "-T",
                Integer.toString(PGBENCH_SECONDS), "-h", url.getHost(), "-p", Integer.toString(url.getPort()),
                "-U", System.getProperty("spring.datasource.username"), url.getPath().substring(1))
                .redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", System.getProperty("spring.datasource.password", ""));
        Process pgbench = builder.start();
        String output = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(pgbench.waitFor()).as(output).isZero();
        Matcher tps = TPS.matcher(output);
        Matcher latency = LATENCY.matcher(output);
        assertThat(tps.find()).as(output).isTrue();
        assertThat(latency.find()).as(output).isTrue();
        return new PgbenchResult(Double.parseDouble(tps.group(1)), Double.parseDouble(latency.group(1)), script,
                output);
    }

    private void report(Result shop, Result floor, Result echo, Result inProcess, PgbenchResult pgbench) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("Checkout benchmark: ").append(ORDERS).append(" orders of 3 lines (1-3 each) after ")
                .append(WARM_UP).append(" to warm up, ").append(CUSTOMERS).append(" customers, ").append(PRODUCTS)
                .append(" products, ").append(CLIENTS).append(" client threads; ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores shared by client, shop and PostgreSQL\n\n");
        out.append("| what | transactions | per s | p50 ms | p99 ms |\n|---|---:|---:|---:|---:|\n");
        out.append(String.format(Locale.ROOT, "| `POST /api/v1/orders`, confirmed | %d | %.1f | %.2f | %.2f |%n",
                shop.confirmed(), shop.confirmedPerSecond(), shop.percentileMillis(0.5),
                shop.percentileMillis(0.99)));
        out.append(String.format(Locale.ROOT, "| floor: the same requests, 5 events appended, nothing loaded | %d |"
                + " %.1f | %.2f | %.2f |%n", floor.confirmed(), floor.confirmedPerSecond(), floor.percentileMillis(0.5),
                floor.percentileMillis(0.99)));
        out.append(String.format(Locale.ROOT, "| the same requests answered without a command | %d | %.1f | %.2f |"
                + " %.2f |%n", echo.confirmed(), echo.confirmedPerSecond(), echo.percentileMillis(0.5),
                echo.percentileMillis(0.99)));
        out.append(String.format(Locale.ROOT, "| floor in process: its commands, no HTTP | %d | %.1f | %.2f | %.2f |%n",
                inProcess.confirmed(), inProcess.confirmedPerSecond(), inProcess.percentileMillis(0.5),
                inProcess.percentileMillis(0.99)));
        out.append(String.format(Locale.ROOT, "| pgbench, the checkout as one SQL transaction (%d s) | - | %.1f |"
                + " %.2f (average) | - |%n", PGBENCH_SECONDS, pgbench.tps(), pgbench.latencyMillis()));
        out.append(String.format(Locale.ROOT, "%nanswers: %s%n", shop.outcomes()));
        out.append(String.format(Locale.ROOT, "confirmed orders/s / pgbench tps: %.3f (goal >= 0.3)%n",
                shop.confirmedPerSecond() / pgbench.tps()));
        out.append(String.format(Locale.ROOT, "floor / pgbench: %.3f over HTTP, %.3f in process%n",
                floor.confirmedPerSecond() / pgbench.tps(), inProcess.confirmedPerSecond() / pgbench.tps()));
        out.append("\npgbench script:\n\n```\n").append(pgbench.script()).append("```\n");
        System.out.println(out);
        System.out.println(pgbench.output());
        Path file = Path.of("target", "benchmark", "checkout.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }
}
