package com.skincare.shop.projections.ordering;

import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.ordering.FulfillmentStatus;
import com.skincare.shop.api.ordering.OrderCancelledEvent;
import com.skincare.shop.api.ordering.OrderDeliveredEvent;
import com.skincare.shop.api.ordering.OrderFulfillmentStatusChangedEvent;
import com.skincare.shop.api.ordering.OrderId;
import com.skincare.shop.api.ordering.OrderLine;
import com.skincare.shop.api.ordering.OrderPaymentStatusChangedEvent;
import com.skincare.shop.api.ordering.OrderPlacedEvent;
import com.skincare.shop.api.ordering.OrderRefundedEvent;
import com.skincare.shop.api.ordering.OrderShippedEvent;
import com.skincare.shop.api.ordering.OrderStatus;
import com.skincare.shop.api.ordering.OrderStatusChangedEvent;
import com.skincare.shop.api.ordering.PaymentStatus;
import com.skincare.shop.projections.CustomerStream;
import com.skincare.shop.projections.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import static com.skincare.shop.projections.CustomerStream.customerRegistered;
import static com.skincare.shop.projections.ordering.OrderEvents.confirmed;
import static com.skincare.shop.projections.ordering.OrderEvents.item;
import static com.skincare.shop.projections.ordering.OrderEvents.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The order's life after the checkout in {@code orders}, {@code order_refunds} and the customer's statistics:
 * every status column and time from its event, refunds once each, and the statistics of what still stands.
 */
class OrderLifecycleProjectionTest {

    private static final OrderId ORDER = OrderId.of(12);
    private static final List<OrderLine> LINES = List.of(new OrderLine(ProductId.of(5), 2));

    private static ScratchDatabase database;
    private static JdbcTemplate sql;
    private CustomerStream stream;
    private OrderPlacedEvent placed;

    @BeforeAll
    static void createDatabase() {
        database = ScratchDatabase.fresh("order_lifecycle_projection_test");
        sql = database.jdbc().getJdbcTemplate();
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    /** Order 12: 2 x 9.50 and 2.50 shipping, 21.50, confirmed for customer 7. */
    @BeforeEach
    void aConfirmedOrder() {
        sql.execute("DELETE FROM orders; DELETE FROM products; DELETE FROM users");
        sql.update("INSERT INTO products (id, name_en, slug, sku, price, category) VALUES"
                + " (5, 'Serum', 'serum', 'S-5', 9.5, 'serums')");
        placed = placed(12, 7, "sokha@example.com", List.of(item(5, 2, "9.50")));
        stream = new CustomerStream(database.jdbc())
                .deliver(customerRegistered(7), "2025-06-01T00:00:00Z")
                .deliver(placed, "2025-06-02T10:00:00Z")
                .deliver(confirmed(placed, "0.00"), "2025-06-02T10:00:01Z");
    }

    private static Map<String, Object> order() {
        return sql.queryForMap("SELECT status::text AS status, payment_status::text AS payment_status,"
                + " fulfillment_status::text AS fulfillment_status, tracking_number, shipped_at, delivered_at,"
                + " updated_at FROM orders WHERE id = 12");
    }

    private static Map<String, Object> stats() {
        return sql.queryForMap("SELECT total_orders, total_spent FROM users WHERE id = 7");
    }

    private static OrderRefundedEvent refunded(int number, String amount, String after, List<OrderLine> restocked,
                                               PaymentStatus payment, OrderStatus status) {
        return new OrderRefundedEvent(ORDER, number, new BigDecimal(amount), "Damaged in transit",
                new BigDecimal(after), restocked, payment, status);
    }

    @Test
    void everyStepTakesItsStatusesAndItsTimeFromItsEvent() {
        stream.deliver(new OrderStatusChangedEvent(ORDER, OrderStatus.CONFIRMED, OrderStatus.PROCESSING),
                        "2025-06-02T11:00:00Z")
                .deliver(new OrderFulfillmentStatusChangedEvent(ORDER, FulfillmentStatus.UNFULFILLED,
                        FulfillmentStatus.FULFILLED, OrderStatus.PROCESSING), "2025-06-02T12:00:00Z")
                .deliver(new OrderPaymentStatusChangedEvent(ORDER, PaymentStatus.PENDING, PaymentStatus.PAID),
                        "2025-06-02T12:30:00Z");
        assertThat(order()).containsEntry("status", "processing").containsEntry("fulfillment_status", "fulfilled")
                .containsEntry("payment_status", "paid")
                .containsEntry("updated_at", Timestamp.valueOf("2025-06-02 12:30:00"));

        stream.deliver(new OrderShippedEvent(ORDER, "KH123", LINES, OrderStatus.SHIPPED, FulfillmentStatus.SHIPPED),
                "2025-06-03T08:00:00Z").redeliverLast();
        assertThat(order()).containsEntry("status", "shipped").containsEntry("fulfillment_status", "shipped")
                .containsEntry("tracking_number", "KH123")
                .containsEntry("shipped_at", Timestamp.valueOf("2025-06-03 08:00:00"))
                .containsEntry("delivered_at", null);

        stream.deliver(new OrderDeliveredEvent(ORDER, OrderStatus.DELIVERED, FulfillmentStatus.DELIVERED),
                "2025-06-05T16:00:00Z");
        assertThat(order()).containsEntry("status", "delivered").containsEntry("fulfillment_status", "delivered")
                .containsEntry("shipped_at", Timestamp.valueOf("2025-06-03 08:00:00"))
                .containsEntry("delivered_at", Timestamp.valueOf("2025-06-05 16:00:00"))
                .containsEntry("updated_at", Timestamp.valueOf("2025-06-05 16:00:00"));
        assertThat(stats()).containsEntry("total_orders", 1).containsEntry("total_spent", new BigDecimal("21.50"));
    }

    @Test
    void aCancelledOrderCountsNoLonger() {
        assertThat(stats()).containsEntry("total_orders", 1);

        stream.deliver(new OrderCancelledEvent(ORDER, UserId.of(7), "Ordered twice", true, LINES, null,
                OrderStatus.CANCELLED), "2025-06-02T10:30:00Z").redeliverLast();

        assertThat(order()).containsEntry("status", "cancelled")
                .containsEntry("updated_at", Timestamp.valueOf("2025-06-02 10:30:00"));
        assertThat(stats()).containsEntry("total_orders", 0).containsEntry("total_spent", new BigDecimal("0.00"));
    }

    @Test
    void refundsAreKeptOnceEachAndTheCustomerHasSpentWhatWasNotGivenBack() {
        stream.deliver(new OrderPaymentStatusChangedEvent(ORDER, PaymentStatus.PENDING, PaymentStatus.PAID),
                        "2025-06-02T12:00:00Z")
                .deliver(refunded(1, "5.00", "5.00", LINES, PaymentStatus.PARTIALLY_REFUNDED, OrderStatus.CONFIRMED),
                        "2025-06-04T09:00:00Z").redeliverLast();

        assertThat(order()).containsEntry("status", "confirmed").containsEntry("payment_status", "partially_refunded");
        assertThat(stats()).containsEntry("total_orders", 1).containsEntry("total_spent", new BigDecimal("16.50"));

        stream.deliver(refunded(2, "16.50", "21.50", List.of(), PaymentStatus.REFUNDED, OrderStatus.REFUNDED),
                "2025-06-04T10:00:00Z");

        assertThat(sql.queryForList("SELECT * FROM order_refunds ORDER BY refund_number"))
                .extracting(r -> r.get("order_id"), r -> r.get("refund_number"), r -> r.get("amount").toString(),
                        r -> r.get("reason"), r -> r.get("restocked"), r -> r.get("created_at"))
                .containsExactly(
                        tuple(12, 1, "5.00", "Damaged in transit", true, Timestamp.valueOf("2025-06-04 09:00:00")),
                        tuple(12, 2, "16.50", "Damaged in transit", false, Timestamp.valueOf("2025-06-04 10:00:00")));
        assertThat(order()).containsEntry("status", "refunded").containsEntry("payment_status", "refunded");
        assertThat(stats()).as("a refunded order counts for nothing")
                .containsEntry("total_orders", 0).containsEntry("total_spent", new BigDecimal("0.00"));
    }

    @Test
    void aResetAndReplayGiveTheSameOrdersRefundsAndStatistics() {
        OrderPlacedEvent second = placed(13, 7, "sokha@example.com", List.of(item(5, 1, "9.50")));
        stream.deliver(new OrderPaymentStatusChangedEvent(ORDER, PaymentStatus.PENDING, PaymentStatus.PAID),
                        "2025-06-02T12:00:00Z")
                .deliver(new OrderShippedEvent(ORDER, "KH123", LINES, OrderStatus.SHIPPED, FulfillmentStatus.SHIPPED),
                        "2025-06-03T08:00:00Z")
                .deliver(refunded(1, "4.00", "4.00", LINES, PaymentStatus.PARTIALLY_REFUNDED, OrderStatus.SHIPPED),
                        "2025-06-04T09:00:00Z")
                .deliver(second, "2025-06-04T10:00:00Z")
                .deliver(confirmed(second, "0.00"), "2025-06-04T10:00:01Z")
                .deliver(new OrderCancelledEvent(OrderId.of(13), UserId.of(7), null, false, List.of(), null,
                        OrderStatus.CANCELLED), "2025-06-04T11:00:00Z");
        List<Map<String, Object>> orders = sql.queryForList("SELECT * FROM orders ORDER BY id");
        List<Map<String, Object>> refunds = sql.queryForList("SELECT * FROM order_refunds ORDER BY order_id");
        Map<String, Object> stats = stats();
        assertThat(stats).containsEntry("total_orders", 1).containsEntry("total_spent", new BigDecimal("17.50"));

        stream.reset();
        assertThat(sql.queryForObject("SELECT count(*) FROM order_refunds", Long.class)).isZero();
        stream.replay();

        assertThat(sql.queryForList("SELECT * FROM orders ORDER BY id")).isEqualTo(orders);
        assertThat(sql.queryForList("SELECT * FROM order_refunds ORDER BY order_id")).isEqualTo(refunds);
        assertThat(stats()).isEqualTo(stats);
    }
}
