package com.skincare.shop.launcher;

import com.skincare.shop.api.catalog.ReserveStockCommand;
import com.skincare.shop.api.catalog.StockAdjustedEvent;
import com.skincare.shop.api.catalog.StockChangeReason;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.ordering.CheckoutTimedOutEvent;
import com.skincare.shop.api.ordering.OrderAddress;
import com.skincare.shop.api.ordering.OrderId;
import com.skincare.shop.api.ordering.OrderItem;
import com.skincare.shop.api.ordering.OrderPlacedEvent;
import com.skincare.shop.api.ordering.OrderPricingTerms;
import com.skincare.shop.api.ordering.OrderRejectedEvent;
import com.skincare.shop.api.ordering.PlaceOrderCommand;
import com.skincare.shop.command.ordering.CheckoutAxonConfiguration;
import com.skincare.shop.command.ordering.CheckoutTimeout;
import com.skincare.shop.command.ordering.OrderIds;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.skincare.shop.launcher.CatalogRequests.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * A checkout that hangs is decided by its deadline, from the PostgreSQL table of db-scheduler. The hang is real: the
 * shop's saga processor is stopped, as on a node that placed the order and died before its checkout ran, and the
 * dead checkout had already taken stock of one product. The order is sent placed two minutes (the shop's timeout)
 * minus a few seconds ago, which the sender of {@code PlaceOrderCommand} is free to say, so its deadline is near.
 */
class CheckoutDeadlineIT extends ShopIT {

    private static final OrderPricingTerms PRICING = new OrderPricingTerms(new BigDecimal("2.50"),
            new BigDecimal("50.00"), BigDecimal.ZERO);
    private static final OrderAddress ADDRESS = new OrderAddress("Sokha", "Chan", null, "12 Street 271", null,
            "Phnom Penh", null, "12000", "KH", "+85512345678");
    private static final Duration DEADLINE_IN = Duration.ofSeconds(3);

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Autowired
    OrderIds orderIds;

    @Autowired
    CheckoutTimeout timeout;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aHungCheckoutIsRejectedAtItsDeadlineWithItsStockBackAndARevivedCheckoutTakesNothing() {
        long toner = createProduct(30);
        long serum = createProduct(10);
        OrderId order = orderIds.nextOrderId();
        Instant placedAt = Instant.now().minus(timeout.duration()).plus(DEADLINE_IN);
        EventProcessor checkouts = processing.eventProcessor(CheckoutAxonConfiguration.SAGA_PROCESSOR)
                .orElseThrow();
        checkouts.shutDown();
        try {
            commands.sendAndWait(new PlaceOrderCommand(order, OrderIds.orderNumber(order, placedAt), UserId.of(1),
                    "Sokha Chan", "sokha@example.com", List.of(item(toner, 3), item(serum, 2)), ADDRESS, null,
                    null, null, null, PRICING, true, placedAt));
            // What the dead node's checkout took before it died.
            commands.sendAndWait(new ReserveStockCommand(ProductId.of(toner), order.value(), 3));
            assertThat(scheduledDeadlines(placedAt.plus(timeout.duration()))).as("the deadline waits in db-scheduler's table")
                    .isEqualTo(1);

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                    assertThat(payloads(order.toString())).last().isInstanceOf(OrderRejectedEvent.class));
            List<Object> events = payloads(order.toString());
            assertThat(events).hasSize(3);
            assertThat(events.get(0)).isInstanceOf(OrderPlacedEvent.class);
            assertThat(events.get(1)).isInstanceOf(CheckoutTimedOutEvent.class);
            assertThat(((OrderRejectedEvent) events.get(2)).reasonCode()).isEqualTo("CHECKOUT_TIMED_OUT");
            assertThat(stockEvents(toner)).extracting(StockAdjustedEvent::delta, StockAdjustedEvent::stockAfter,
                    StockAdjustedEvent::reason).containsExactly(tuple(-3, 27, StockChangeReason.ORDER),
                    tuple(3, 30, StockChangeReason.CANCELLATION));
            assertThat(stockEvents(serum)).as("a release of what the order does not hold records nothing")
                    .isEmpty();
            assertThat(scheduledDeadlines(placedAt.plus(timeout.duration()))).as("a deadline that ran leaves the table")
                    .isZero();
        } finally {
            checkouts.start();
        }

        // The checkout comes back (the event is handled again): its confirmation is refused, and what it took
        // for the rejected order goes back.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            assertThat(stockEvents(toner)).hasSizeGreaterThanOrEqualTo(2);
            assertThat(stockEvents(serum).size() % 2).isZero();
            assertThat(last(stockEvents(toner)).stockAfter()).isEqualTo(30);
            assertThat(stockEvents(serum).isEmpty() ? 10 : last(stockEvents(serum)).stockAfter()).isEqualTo(10);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM axon.association_value_entry"
                    + " WHERE associationValue = ?", Long.class, order.toString())).isZero();
        });
        assertThat(payloads(order.toString())).hasSize(3);
    }

    /** Axon's deadline tasks due at that moment; the placing time makes it this order's. */
    private long scheduledDeadlines(Instant due) {
        return jdbc.queryForObject("SELECT count(*) FROM command.scheduled_tasks WHERE task_name = 'AxonDeadline'"
                + " AND execution_time = ?", Long.class, java.sql.Timestamp.from(due));
    }

    private long createProduct(int stock) {
        Map<String, Object> body = product(unique());
        body.put("stock", stock);
        Http.Answer created = admin().post("/api/v1/admin/products", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().path("id").asLong();
    }

    private static OrderItem item(long product, int quantity) {
        return new OrderItem(ProductId.of(product), quantity, "Rice Water Toner", "IT-TON-" + product,
                new BigDecimal("14.50"), Set.of("toner"));
    }

    private List<Object> payloads(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
    }

    private List<StockAdjustedEvent> stockEvents(long product) {
        return payloads(ProductId.of(product).toString()).stream()
                .filter(StockAdjustedEvent.class::isInstance).map(StockAdjustedEvent.class::cast).toList();
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
