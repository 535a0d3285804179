package com.skincare.shop.launcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
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
    private static CommandNodes nodes;
    private static List<String> customerTokens;

    @BeforeAll
    static void startTwoCommandNodes() throws Exception {
        nodes = CommandNodes.start("skincare_shop_two_nodes_it", 2, Map.of(
                // Two of the four checkout segments a node, so both nodes run checkouts and race on the products.
                "SHOP_CHECKOUT_SAGATHREADS", "2",
                "SHOP_CHECKOUT_SAGASEGMENTS", "4",
                // A checkout decides in milliseconds alone; hundreds at once on a shared 2-core machine take longer.
                "SHOP_CHECKOUT_ANSWERWAIT", "20s"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(nodes.jdbc().queryForObject("SELECT count(DISTINCT owner) FROM axon.token_entry"
                        + " WHERE processorName = 'CheckoutSagaProcessor'", Integer.class))
                        .as("both nodes run checkouts").isEqualTo(2));
        customerTokens = nodes.customers(CUSTOMERS);
    }

    @AfterAll
    static void stopBothNodes() {
        nodes.close();
    }

    @Test
    void twoHundredConcurrentOrdersForFiftyInStockSellExactlyFiftyAndStockIsNeverNegative() throws Exception {
        long serum = nodes.createProduct(50);

        Map<String, Integer> outcomes = race(200, i -> order(i, serum, null));

        assertThat(outcomes).as("every order answered and decided").containsOnlyKeys("confirmed",
                "INSUFFICIENT_STOCK");
        assertThat(outcomes.get("confirmed")).isEqualTo(50);
        assertThat(outcomes.get("INSUFFICIENT_STOCK")).isEqualTo(150);
        assertThat(nodes.stockAfter(serum)).containsOnly(0);
        assertThat(nodes.stockAfters(serum)).as("every stock level the product ever had").allMatch(stock -> stock >= 0);
        assertThat(nodes.netOrderedStock(serum)).isEqualTo(-50);
        assertThat(nodes.checkoutRetriesLogged()).as("no checkout failed at its commit and sent its processor into retry")
                .isEmpty();
    }

    @Test
    void aCouponLimitedToTenUnderAHundredConcurrentCheckoutsIsUsedExactlyTenTimes() throws Exception {
        long toner = nodes.createProduct(1000);
        String code = "TWO-NODE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long coupon = nodes.createCoupon(code, 10, 100);

        Map<String, Integer> outcomes = race(CUSTOMERS, i -> order(i, toner, code));

        assertThat(outcomes.get("confirmed")).isEqualTo(10);
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(CUSTOMERS);
        assertThat(nodes.standingRedemptions(coupon)).isEqualTo(10);
        assertThat(confirmedWithACoupon(toner)).isEqualTo(10);
        assertThat(nodes.netOrderedStock(toner)).as("the rejected orders' stock given back").isEqualTo(-10);
        assertThat(nodes.stockAfter(toner)).containsOnly(990);
    }

    @Test
    void oneCustomerCheckingOutFromBothNodesAtOnceGetsOneOrderWithACouponOfOneUsePerCustomer() throws Exception {
        long cleanser = nodes.createProduct(100);
        String code = "ONCE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long coupon = nodes.createCoupon(code, 100, 1);
        String token = customerTokens.get(0);

        Map<String, Integer> outcomes = race(10, i -> new Attempt(nodes.node(i % 2).withToken(token),
                CheckoutHttpIT.with(CheckoutHttpIT.order(List.of(CheckoutHttpIT.line(cleanser, 1))),
                        "coupon_code", code)));

        assertThat(outcomes.get("confirmed")).isEqualTo(1);
        assertThat(nodes.standingRedemptions(coupon)).isEqualTo(1);
        assertThat(nodes.netOrderedStock(cleanser)).isEqualTo(-1);
    }

    @Test
    void restocksFromBothNodesAtOnceLoseNoUpdate() throws Exception {
        long toner = nodes.createProduct(5);
        ExecutorService senders = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Http node = nodes.admin(i % 2);
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

        assertThat(nodes.stockAfter(toner)).containsOnly(105);
        assertThat(nodes.stockAfters(toner)).hasSize(100).doesNotHaveDuplicates();
    }

    /** One checkout request: the node it goes to, as the customer, and its body. */
    private record Attempt(Http http, Map<String, Object> body) {
    }

    private static Attempt order(int i, long product, String couponCode) {
        Map<String, Object> body = CheckoutHttpIT.order(List.of(CheckoutHttpIT.line(product, 1)));
        if (couponCode != null) {
            body.put("coupon_code", couponCode);
        }
        return new Attempt(nodes.node(i % 2).withToken(customerTokens.get(i % CUSTOMERS)), body);
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
            decision[0] = nodes.decision(order);
            assertThat(decision[0]).as("order %d decided", order).isNotNull();
        });
        return decision[0];
    }

    /** Orders of the product confirmed with a coupon's redemption. */
    private static long confirmedWithACoupon(long product) {
        return nodes.jdbc().queryForObject("SELECT count(*) FROM axon.domain_event_entry confirmed"
                + " JOIN axon.domain_event_entry placed ON placed.aggregateIdentifier = confirmed.aggregateIdentifier"
                + " AND placed.payloadType LIKE '%.OrderPlacedEvent'"
                + " WHERE confirmed.payloadType LIKE '%.OrderConfirmedEvent'"
                + " AND convert_from(confirmed.payload, 'UTF8')::jsonb ->> 'couponUsageId' IS NOT NULL"
                + " AND convert_from(placed.payload, 'UTF8')::jsonb -> 'items' @> ?::jsonb", Long.class,
                "[{\"productId\": " + product + "}]");
    }
}
