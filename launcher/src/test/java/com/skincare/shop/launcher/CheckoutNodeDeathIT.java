package com.skincare.shop.launcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node killed in the middle of checkouts (SIGKILL: no shutdown, no released claims): the other node takes over its
 * checkout segments once their claims expire and finishes what was in flight, and a checkout nobody finishes in time
 * is rejected by its deadline; in the end every order placed is decided, and only confirmed orders hold stock.
 */
class CheckoutNodeDeathIT {

    private static final int ORDERS = 120;
    private static CommandNodes nodes;
    private static List<String> customers;

    @BeforeAll
    static void startTwoCommandNodes() throws Exception {
        nodes = CommandNodes.start("skincare_shop_node_death_it", 2, Map.of(
                "SHOP_CHECKOUT_TIMEOUT", "30s",
                "DBSCHEDULER_POLLINGINTERVAL", "1s",
                "SHOP_CHECKOUT_ANSWERWAIT", "2s"));
        customers = nodes.customers(30);
    }

    @AfterAll
    static void stopNodes() {
        nodes.close();
    }

    @Test
    void killingTheNodeThatRunsTheCheckoutsLeavesEveryOrderDecidedAndOnlyConfirmedOrdersHoldingStock()
            throws Exception {
        long toner = nodes.createProduct(1000);
        int doomed = nodes.nodeOwning(nodes.jdbc().queryForObject("SELECT min(owner) FROM axon.token_entry"
                + " WHERE processorName = 'CheckoutSagaProcessor'", String.class));
        int survivor = 1 - doomed;

        ExecutorService senders = Executors.newFixedThreadPool(24);
        CountDownLatch start = new CountDownLatch(1);
        Map<Integer, Integer> answers = new ConcurrentHashMap<>();
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            Http node = nodes.node(i % 2).withToken(customers.get(i % customers.size()));
            Map<String, Object> body = CheckoutHttpIT.order(List.of(CheckoutHttpIT.line(toner, 1 + i % 3)));
            sent.add(senders.submit(() -> {
                start.await();
                int status;
                try {
                    status = node.post("/api/v1/orders", body).status();
                } catch (IllegalStateException connectionLost) {
                    status = -1;
                }
                answers.merge(status, 1, Integer::sum);
                return null;
            }));
        }
        start.countDown();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() ->
                nodes.jdbc().queryForObject("SELECT count(*) FROM axon.domain_event_entry"
                        + " WHERE payloadType LIKE '%.OrderConfirmedEvent'", Long.class) >= 10);
        nodes.process(doomed).destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        for (Future<?> future : sent) {
            future.get(3, TimeUnit.MINUTES);
        }
        senders.shutdown();

        assertThat(answers).as("the survivor answers every request it was sent (-1: the killed node's)")
                .doesNotContainKey(500);
        List<Long> placed = nodes.jdbc().queryForList("SELECT (convert_from(payload, 'UTF8')::jsonb ->> 'orderId')"
                + "::bigint FROM axon.domain_event_entry WHERE payloadType LIKE '%.OrderPlacedEvent'", Long.class);
        assertThat(placed).hasSizeGreaterThanOrEqualTo(ORDERS / 2);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(placed).allSatisfy(order -> assertThat(nodes.decision(order)).as("order %d", order)
                        .isNotNull()));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(nodes.jdbc().queryForObject("SELECT owner FROM axon.token_entry"
                        + " WHERE processorName = 'CheckoutSagaProcessor' GROUP BY owner", String.class))
                        .as("the survivor runs every checkout segment")
                        .startsWith(nodes.process(survivor).pid() + "@"));

        long confirmedQuantity = nodes.jdbc().queryForObject("SELECT coalesce(sum((item ->> 'quantity')::int), 0)"
                + " FROM axon.domain_event_entry placed, jsonb_array_elements(convert_from(placed.payload, 'UTF8')"
                + "::jsonb -> 'items') item WHERE placed.payloadType LIKE '%.OrderPlacedEvent' AND EXISTS"
                + " (SELECT 1 FROM axon.domain_event_entry confirmed WHERE confirmed.aggregateIdentifier"
                + " = placed.aggregateIdentifier AND confirmed.payloadType LIKE '%.OrderConfirmedEvent')", Long.class);
        // Releases of a revived or timed-out checkout may still be on their way just after the decision.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(nodes.netOrderedStock(toner)).as("stock held by orders = what confirmed orders bought")
                        .isEqualTo(-confirmedQuantity));
        assertThat(nodes.stockAfters(toner)).allMatch(stock -> stock >= 0);
        assertThat(nodes.stockAfter(toner)).containsOnly((int) (1000 - confirmedQuantity));
    }
}
