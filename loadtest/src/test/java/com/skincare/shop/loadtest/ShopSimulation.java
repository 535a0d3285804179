package com.skincare.shop.loadtest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The shop under four kinds of traffic at once, over its HTTP API only: shoppers browsing (list, filters, search,
 * a product page), accounts (register, sign in, refresh), checkouts (cart, coupon, order) and an admin (orders,
 * dashboards). {@code -Dprofile=open} injects users at fixed arrival rates, for latency at a known load;
 * {@code -Dprofile=closed} ramps up concurrent users, each starting again when done, for saturation. The run
 * creates its own products and coupon first, and ends with the {@link Invariants} checked through the API, each
 * one a request in the group {@code invariants} that fails, and fails the run's assertions, when it breaks.
 */
public class ShopSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
    private static final String ADMIN_EMAIL = System.getProperty("adminEmail", "admin@skincare.local");
    private static final String ADMIN_PASSWORD = System.getProperty("adminPassword", "change-me-now");
    private static final String PROFILE = System.getProperty("profile", "open");
    private static final int DURATION = Integer.getInteger("duration", 60);
    private static final int RAMP = Integer.getInteger("ramp", 20);
    private static final double BROWSE_RATE = Double.parseDouble(System.getProperty("browseRate", "5"));
    private static final double ACCOUNT_RATE = Double.parseDouble(System.getProperty("accountRate", "0.5"));
    private static final double SHOP_RATE = Double.parseDouble(System.getProperty("shopRate", "1"));
    private static final double ADMIN_RATE = Double.parseDouble(System.getProperty("adminRate", "0.1"));
    private static final int BROWSE_USERS = Integer.getInteger("browseUsers", 4);
    private static final int ACCOUNT_USERS = Integer.getInteger("accountUsers", 1);
    private static final int SHOP_USERS = Integer.getInteger("shopUsers", 4);
    private static final int ADMIN_USERS = Integer.getInteger("adminUsers", 1);
    private static final int PRODUCTS = Integer.getInteger("products", 4);
    private static final int STOCK = Integer.getInteger("stock", 40);
    private static final int COUPON_LIMIT = Integer.getInteger("couponLimit", 25);
    private static final double MAX_ERROR_PERCENT = Double.parseDouble(System.getProperty("maxErrorPercent", "1"));
    private static final int INVARIANTS_WAIT = Integer.getInteger("invariantsWait", 60);
    private static final String PASSWORD = "Load-test-2026";
    private static final String INVARIANTS = "invariants";

    /** Virtual users between their first and last step; the invariant check waits for none to be left. */
    private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    private static final AtomicInteger SHOPPERS = new AtomicInteger();

    private volatile RunData run;

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .shareConnections();

    private final ScenarioBuilder browse = scenario("browse").exec(counted(
            exec(http("list products").get("/api/v1/products?page=1&limit=20")
                    .check(status().is(200), jsonPath("$.data.data[*].id").findRandom().saveAs("productId")))
                    .pause(Duration.ofMillis(200), Duration.ofMillis(800))
                    .exec(http("filter products").get("/api/v1/products?category=moisturizer&skin_type=dry"
                            + "&sort=price&order=asc&in_stock=true").check(status().is(200)))
                    .exec(http("search products").get("/api/v1/products/search?q=cream").check(status().is(200)))
                    .exec(http("product page").get("/api/v1/products/#{productId}").check(status().is(200)))
                    .exec(http("categories").get("/api/v1/categories").check(status().is(200)))));

    private final ScenarioBuilder account = scenario("account").exec(counted(
            exec(session -> session.set("email", "account-" + run.runId + "-" + UUID.randomUUID()
                    + "@loadtest.example"))
                    .exec(register())
                    .exec(signIn())
                    .exec(http("refresh").post("/api/v1/auth/refresh")
                            .body(StringBody("{\"refresh_token\":\"#{refreshToken}\"}"))
                            .check(status().is(200), jmesPath("data.access_token").saveAs("accessToken")))
                    .exec(http("me").get("/api/v1/auth/me")
                            .header("Authorization", "Bearer #{accessToken}").check(status().is(200)))));

    private final ScenarioBuilder shop = scenario("shop").exec(counted(
            exec(session -> {
                List<Long> products = run.productIds();
                ThreadLocalRandom random = ThreadLocalRandom.current();
                int shopper = SHOPPERS.incrementAndGet();
                return session.set("email", "shopper-" + run.runId + "-" + shopper + "@loadtest.example")
                        .set("first", products.get(random.nextInt(products.size())))
                        .set("second", products.get(random.nextInt(products.size())))
                        .set("quantity", 1 + random.nextInt(3))
                        // Every other shopper brings the coupon, so its limits are reached within a run.
                        .set("withCoupon", shopper % 2 == 0)
                        .set("idempotencyKey", UUID.randomUUID().toString());
            })
                    .exec(register())
                    .exec(signIn())
                    // 422 once a product is sold out: the checkout then meets an empty cart or the rest of it.
                    .exec(http("cart add").post("/api/v1/cart/add").header("Authorization", "Bearer #{accessToken}")
                            .body(StringBody("{\"product_id\":#{first},\"quantity\":#{quantity}}"))
                            .check(status().in(200, 422)))
                    .exec(http("cart add").post("/api/v1/cart/add").header("Authorization", "Bearer #{accessToken}")
                            .body(StringBody("{\"product_id\":#{second},\"quantity\":1}"))
                            .check(status().in(200, 422)))
                    .doIf("#{withCoupon}").then(
                            exec(http("cart coupon").post("/api/v1/cart/apply-coupon")
                                    .header("Authorization", "Bearer #{accessToken}")
                                    .body(StringBody(session -> "{\"code\":\"" + run.coupon.code() + "\"}"))
                                    // 422 once the coupon is used up: the shopper checks out without it.
                                    .check(status().in(200, 422).saveAs("couponStatus")))
                                    .doIf(session -> session.getInt("couponStatus") == 422).then(
                                            exec(session -> session.set("withCoupon", false)))
                                    .doIf("#{withCoupon}").then(exec(http("coupon validate").post("/api/v1/coupons/validate")
                                            .header("Authorization", "Bearer #{accessToken}")
                                            .body(StringBody(session -> "{\"code\":\"" + run.coupon.code() + "\"}"))
                                            .check(status().is(200)))))
                    .exec(http("cart").get("/api/v1/cart").header("Authorization", "Bearer #{accessToken}")
                            .check(status().is(200)))
                    .exec(placeOrder("checkout", session -> orderBody(null)))
                    // A customer who got the coupon tries it once more: its per-user limit must refuse it.
                    .doIf(session -> session.getBoolean("withCoupon") && session.getInt("orderStatus") < 300).then(
                            exec(session -> session.set("idempotencyKey", UUID.randomUUID().toString()))
                                    .exec(placeOrder("order again with the coupon",
                                            session -> orderBody(session.getLong("first")))))));

    private final ScenarioBuilder admin = scenario("admin").exec(counted(
            exec(http("admin login").post("/api/v1/admin/login")
                    .body(StringBody("{\"email\":\"" + ADMIN_EMAIL + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}"))
                    .check(status().is(200), jmesPath("data.access_token").saveAs("adminToken")))
                    .exec(adminGet("admin orders", "/api/v1/admin/orders?limit=20&sort=created_at&order=desc")
                            .check(jsonPath("$.data.data[*].id").findRandom().optional().saveAs("orderId")))
                    .doIf(session -> session.contains("orderId")).then(
                            exec(adminGet("admin order", "/api/v1/admin/orders/#{orderId}")))
                    .exec(adminGet("dashboard stats", "/api/v1/admin/dashboard/stats"))
                    .exec(adminGet("dashboard recent orders", "/api/v1/admin/dashboard/recent-orders?limit=10"))
                    .exec(adminGet("dashboard top products", "/api/v1/admin/dashboard/top-products?limit=5"))
                    .exec(adminGet("sales analytics", "/api/v1/admin/analytics/sales?granularity=day"))));

    private final ScenarioBuilder invariants = scenario(INVARIANTS)
            .exec(asLongAs(session -> IN_FLIGHT.get() > 0).on(pause(1)))
            .exec(session -> {
                Map<String, List<String>> violations = Invariants.checkThroughApi(
                        ShopApi.signInAsAdmin(BASE_URL, ADMIN_EMAIL, ADMIN_PASSWORD), run,
                        Duration.ofSeconds(INVARIANTS_WAIT));
                System.out.println("order answers: " + new TreeMap<>(run.outcomes));
                violations.forEach((name, found) -> System.out.println("invariant '" + name + "': "
                        + (found.isEmpty() ? "holds" : "BROKEN " + found)));
                return session.set("violations", new LinkedHashMap<>(violations));
            })
            .exec(invariantRequests());

    public ShopSimulation() {
        List<PopulationBuilder> load = PROFILE.equals("closed") ? List.of(
                browse.injectClosed(ramped(BROWSE_USERS)), account.injectClosed(ramped(ACCOUNT_USERS)),
                shop.injectClosed(ramped(SHOP_USERS)), admin.injectClosed(ramped(ADMIN_USERS)))
                : List.of(
                browse.injectOpen(constantUsersPerSec(BROWSE_RATE).during(DURATION)),
                account.injectOpen(constantUsersPerSec(ACCOUNT_RATE).during(DURATION)),
                shop.injectOpen(constantUsersPerSec(SHOP_RATE).during(DURATION)),
                admin.injectOpen(constantUsersPerSec(ADMIN_RATE).during(DURATION)));
        int injecting = PROFILE.equals("closed") ? RAMP + DURATION : DURATION;
        List<PopulationBuilder> populations = new ArrayList<>(load);
        // Starts once every user has been injected, then waits for the last one to finish.
        populations.add(invariants.injectOpen(nothingFor(injecting + 1), atOnceUsers(1)));
        List<Assertion> assertions = new ArrayList<>();
        assertions.add(global().failedRequests().percent().lte(MAX_ERROR_PERCENT));
        assertions.add(details(INVARIANTS).failedRequests().count().is(0L));
        setUp(populations).protocols(protocol).assertions(assertions);
    }

    @Override
    public void before() {
        ShopApi api = ShopApi.signInAsAdmin(BASE_URL, ADMIN_EMAIL, ADMIN_PASSWORD);
        String runId = "lt" + Long.toString(System.currentTimeMillis(), 36);
        Map<Long, Integer> stock = new LinkedHashMap<>();
        for (int i = 0; i < PRODUCTS; i++) {
            ObjectNode product = ShopApi.JSON.createObjectNode()
                    .put("name_en", "Load Test Cream " + runId + " " + i)
                    .put("name_kh", "ក្រែមសាកល្បង " + i)
                    .put("sku", (runId + "-" + i).toUpperCase())
                    .put("price", 12.50 + i)
                    .put("stock", STOCK)
                    .put("category", "moisturizer")
                    .put("skin_type", "dry")
                    .put("status", "active");
            ShopApi.Answer created = api.post("/api/v1/admin/products", product);
            if (created.status() != 201) {
                throw new IllegalStateException("creating a product answered " + created);
            }
            stock.put(created.data().path("id").asLong(), STOCK);
        }
        String code = runId.toUpperCase();
        ShopApi.Answer coupon = api.post("/api/v1/admin/coupons", ShopApi.JSON.createObjectNode()
                .put("code", code).put("name", "Load test " + runId).put("type", "percentage").put("value", 10)
                .put("usage_limit", COUPON_LIMIT).put("usage_limit_per_user", 1));
        if (coupon.status() != 201) {
            throw new IllegalStateException("creating the coupon answered " + coupon);
        }
        run = new RunData(runId, stock,
                new RunData.Coupon(coupon.data().path("id").asLong(), code, COUPON_LIMIT, 1));
        System.out.println("run " + runId + " against " + BASE_URL + ", profile " + PROFILE + ": products "
                + stock.keySet() + " with stock " + STOCK + ", coupon " + code + " limited to " + COUPON_LIMIT);
    }

    private static ClosedInjectionStep[] ramped(int users) {
        return new ClosedInjectionStep[] {
                rampConcurrentUsers(0).to(users).during(RAMP), constantConcurrentUsers(users).during(DURATION)};
    }

    /** The chain between the in-flight count's increment and decrement, which a failed request does not skip. */
    private static ChainBuilder counted(ChainBuilder steps) {
        return exec(session -> {
            IN_FLIGHT.incrementAndGet();
            return session;
        }).exitBlockOnFail().on(steps).exec(session -> {
            IN_FLIGHT.decrementAndGet();
            return session;
        });
    }

    private static ChainBuilder register() {
        return exec(http("register").post("/api/v1/auth/register")
                .body(StringBody("{\"email\":\"#{email}\",\"password\":\"" + PASSWORD
                        + "\",\"first_name\":\"Load\",\"last_name\":\"Tester\"}"))
                .check(status().is(201)));
    }

    private static ChainBuilder signIn() {
        return exec(http("login").post("/api/v1/auth/login")
                .body(StringBody("{\"email\":\"#{email}\",\"password\":\"" + PASSWORD + "\"}"))
                .check(status().is(200), jmesPath("data.access_token").saveAs("accessToken"),
                        jmesPath("data.refresh_token").saveAs("refreshToken")));
    }

    /**
     * {@code POST /api/v1/orders}: a confirmed order (201), one still being decided (202) and a refusal by the
     * business rules (422: out of stock, coupon used up or already used) are all right answers under load; every
     * 2xx is recorded for the invariant check.
     */
    private ChainBuilder placeOrder(String name, Function<Session, String> body) {
        return exec(http(name).post("/api/v1/orders")
                .header("Authorization", "Bearer #{accessToken}")
                .header("Idempotency-Key", "#{idempotencyKey}")
                .body(StringBody(body))
                .check(status().in(200, 201, 202, 422).saveAs("orderStatus"),
                        jmesPath("data.id").optional().saveAs("orderId"),
                        jmesPath("data.status").optional().saveAs("orderState"),
                        jmesPath("error.code").optional().saveAs("orderCode")))
                .exec(session -> {
                    int answered = session.getInt("orderStatus");
                    run.outcomes.merge(name + ": " + answered + " " + (answered < 300
                            ? session.getString("orderState") : session.getString("orderCode")), 1, Integer::sum);
                    if (answered < 300 && session.contains("orderId")) {
                        run.placed.add(new RunData.PlacedOrder(Long.parseLong(session.getString("orderId")),
                                answered, session.getString("orderState")));
                    }
                    return session.remove("orderId").remove("orderState").remove("orderCode");
                });
    }

    /** Without {@code product}, the cart checked out with its coupon; with it, one of it with the coupon named. */
    private String orderBody(Long product) {
        ObjectNode order = ShopApi.JSON.createObjectNode();
        order.putObject("shipping_address").put("first_name", "Load").put("last_name", "Tester")
                .put("address_line1", "12 Street 271").put("city", "Phnom Penh").put("postal_code", "12000")
                .put("country", "KH").put("phone", "+85512345678");
        if (product != null) {
            ArrayNode items = order.putArray("items");
            items.addObject().put("product_id", product).put("quantity", 1);
            order.put("coupon_code", run.coupon.code());
        }
        return order.toString();
    }

    private static HttpRequestActionBuilder adminGet(String name, String path) {
        return http(name).get(path).header("Authorization", "Bearer #{adminToken}").check(status().is(200));
    }

    /**
     * One request per invariant, named after it, whose check fails with the violations found: so a broken
     * invariant fails the run's assertions and shows in the report beside the load. {@code /health} only carries
     * the verdict; the check itself read the API above.
     */
    private static ChainBuilder invariantRequests() {
        List<String> names = List.of(Invariants.STOCK, Invariants.COUPON, Invariants.ORDERS, Invariants.TOTALS);
        ChainBuilder chain = exec(session -> session);
        for (String name : names) {
            chain = chain.exec(group(INVARIANTS).on(exec(http(name).get("/health")
                    .check(status().transformWithSession((code, session) -> {
                        Map<String, List<String>> violations = session.get("violations");
                        return String.join("; ", violations.getOrDefault(name, List.of()));
                    }).is("")))));
        }
        return chain;
    }
}
