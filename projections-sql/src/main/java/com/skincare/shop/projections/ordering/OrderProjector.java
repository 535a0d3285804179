package com.skincare.shop.projections.ordering;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.skincare.shop.api.ordering.OrderAddress;
import com.skincare.shop.api.ordering.OrderCancelledEvent;
import com.skincare.shop.api.ordering.OrderConfirmedEvent;
import com.skincare.shop.api.ordering.OrderDeliveredEvent;
import com.skincare.shop.api.ordering.OrderFulfillmentStatusChangedEvent;
import com.skincare.shop.api.ordering.OrderId;
import com.skincare.shop.api.ordering.OrderItem;
import com.skincare.shop.api.ordering.OrderPaymentStatusChangedEvent;
import com.skincare.shop.api.ordering.OrderPlacedEvent;
import com.skincare.shop.api.ordering.OrderRefundedEvent;
import com.skincare.shop.api.ordering.OrderRejectedEvent;
import com.skincare.shop.api.ordering.OrderShippedEvent;
import com.skincare.shop.api.ordering.OrderStatusChangedEvent;
import com.skincare.shop.api.ordering.OrderTotals;
import com.skincare.shop.projections.CustomerProcessing;
import com.skincare.shop.projections.EventTime;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Instant;
import java.util.List;

/**
 * Writes the documented {@code orders} and {@code order_items} from the order events, and the customer's
 * {@code users.total_orders} and {@code users.total_spent} from them.
 * <p>
 * It runs in the customers group because {@code orders.user_id} refers to {@code users}: in one ordered stream the
 * customer's row is there before their order, and a deleted customer's orders lose their owner at the same point
 * on every replay. An order whose customer has no row (placed for an id the projection never saw) keeps a null
 * owner rather than stopping the whole group on the foreign key.
 * <p>
 * {@code order_items.id} is {@code order id * 100 + position}, since an order has at most 100 lines and the event
 * carries no line ids: a redelivery or a replay gives every line the id it had. That holds while order ids stay
 * below 21,474,836 ({@code INTEGER}).
 * <p>
 * The statistics count the orders that went through and still stand: confirmed, processing, shipped or
 * delivered. A cancelled order and a wholly refunded one count for neither {@code total_orders} nor
 * {@code total_spent}; a partly refunded one counts with its total less what was refunded. Both are recomputed
 * from {@code orders} and {@code order_refunds} rather than incremented, so a redelivered event counts once and
 * a replay ends with the same figures.
 * <p>
 * Refunds go to {@code order_refunds} (read migration V8), keyed by the order and the refund's number in it.
 * Every time in a row is the timestamp of the event that wrote it: {@code updated_at} of every change,
 * {@code shipped_at} of the shipment, {@code delivered_at} of the delivery.
 */
@ProcessingGroup(CustomerProcessing.GROUP)
public class OrderProjector {

    static final int LINES_PER_ORDER = 100;

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private static final String INSERT_ORDER = """
            INSERT INTO orders (id, order_number, user_id, customer_name, customer_email, subtotal, tax_amount,
                                shipping_amount, discount_amount, total, status, payment_status, fulfillment_status,
                                shipping_address, billing_address, notes, tracking_number, created_at, updated_at,
                                shipped_at, delivered_at)
            VALUES (:id, :orderNumber, (SELECT u.id FROM users u WHERE u.id = :userId), :customerName,
                    :customerEmail, :subtotal, :tax, :shipping, :discount, :total, CAST(:status AS order_status),
                    CAST(:paymentStatus AS payment_status), CAST(:fulfillmentStatus AS fulfillment_status),
                    CAST(:shippingAddress AS jsonb), CAST(:billingAddress AS jsonb), :notes, NULL, :createdAt,
                    :timestamp, NULL, NULL)
            ON CONFLICT (id) DO NOTHING
            """;

    private static final String INSERT_ITEM = """
            INSERT INTO order_items (id, order_id, product_id, product_name, product_sku, quantity, unit_price,
                                     total_price, created_at)
            VALUES (:id, :orderId, :productId, :name, :sku, :quantity, :unitPrice, :totalPrice, :timestamp)
            ON CONFLICT (id) DO NOTHING
            """;

    private static final String COUNTED = "('confirmed', 'processing', 'shipped', 'delivered')";

    private static final String RECOUNT_OWNER = """
            UPDATE users SET
                total_orders = (SELECT count(*) FROM orders o WHERE o.user_id = users.id AND o.status IN %1$s),
                total_spent = (SELECT coalesce(sum(o.total - (SELECT coalesce(sum(r.amount), 0) FROM order_refunds r
                                                              WHERE r.order_id = o.id)), 0)
                               FROM orders o WHERE o.user_id = users.id AND o.status IN %1$s)
            WHERE id = (SELECT user_id FROM orders WHERE id = :id)
            """.formatted(COUNTED);

    private static final String INSERT_REFUND = """
            INSERT INTO order_refunds (order_id, refund_number, amount, reason, restocked, created_at)
            SELECT :id, :refundNumber, :amount, :reason, :restocked, :timestamp
            WHERE EXISTS (SELECT 1 FROM orders WHERE id = :id)
            ON CONFLICT (order_id, refund_number) DO NOTHING
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public OrderProjector(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(OrderPlacedEvent event, @Timestamp Instant timestamp) {
        jdbc.update(INSERT_ORDER, totals(event.orderId(), event.totals(), timestamp)
                .addValue("orderNumber", event.orderNumber())
                .addValue("userId", event.userId().value())
                .addValue("customerName", event.customerName())
                .addValue("customerEmail", event.customerEmail())
                .addValue("status", event.status().code())
                .addValue("paymentStatus", event.paymentStatus().code())
                .addValue("fulfillmentStatus", event.fulfillmentStatus().code())
                .addValue("shippingAddress", json(event.shippingAddress()))
                .addValue("billingAddress", json(event.billingAddress() == null
                        ? event.shippingAddress() : event.billingAddress()))
                .addValue("notes", event.notes())
                .addValue("createdAt", EventTime.utcDate(timestamp)));
        List<OrderItem> items = event.items();
        MapSqlParameterSource[] lines = new MapSqlParameterSource[items.size()];
        for (int position = 0; position < items.size(); position++) {
            OrderItem item = items.get(position);
            lines[position] = new MapSqlParameterSource()
                    .addValue("id", event.orderId().value() * LINES_PER_ORDER + position)
                    .addValue("orderId", event.orderId().value())
                    .addValue("productId", item.productId().value())
                    .addValue("name", item.nameEn())
                    .addValue("sku", item.sku())
                    .addValue("quantity", item.quantity())
                    .addValue("unitPrice", item.unitPrice())
                    .addValue("totalPrice", item.totalPrice())
                    .addValue("timestamp", EventTime.utcTimestamp(timestamp));
        }
        jdbc.batchUpdate(INSERT_ITEM, lines);
    }

    @EventHandler
    public void on(OrderConfirmedEvent event, @Timestamp Instant timestamp) {
        jdbc.update("""
                UPDATE orders SET subtotal = :subtotal, tax_amount = :tax, shipping_amount = :shipping,
                                  discount_amount = :discount, total = :total, status = CAST(:status AS order_status),
                                  updated_at = :timestamp
                WHERE id = :id
                """, totals(event.orderId(), event.totals(), timestamp).addValue("status", event.status().code()));
        jdbc.update(RECOUNT_OWNER, new MapSqlParameterSource("id", event.orderId().value()));
    }

    @EventHandler
    public void on(OrderRejectedEvent event, @Timestamp Instant timestamp) {
        jdbc.update("""
                UPDATE orders SET status = CAST(:status AS order_status),
                                  payment_status = CAST(:paymentStatus AS payment_status), updated_at = :timestamp
                WHERE id = :id
                """, new MapSqlParameterSource()
                .addValue("id", event.orderId().value())
                .addValue("status", event.status().code())
                .addValue("paymentStatus", event.paymentStatus().code())
                .addValue("timestamp", EventTime.utcTimestamp(timestamp)));
        jdbc.update(RECOUNT_OWNER, new MapSqlParameterSource("id", event.orderId().value()));
    }

    @EventHandler
    public void on(OrderCancelledEvent event, @Timestamp Instant timestamp) {
        update(event.orderId(), "status = CAST(:status AS order_status)", timestamp,
                new MapSqlParameterSource("status", event.status().code()));
        recountOwner(event.orderId());
    }

    @EventHandler
    public void on(OrderStatusChangedEvent event, @Timestamp Instant timestamp) {
        update(event.orderId(), "status = CAST(:status AS order_status)", timestamp,
                new MapSqlParameterSource("status", event.status().code()));
    }

    @EventHandler
    public void on(OrderShippedEvent event, @Timestamp Instant timestamp) {
        update(event.orderId(), "status = CAST(:status AS order_status),"
                        + " fulfillment_status = CAST(:fulfillment AS fulfillment_status),"
                        + " tracking_number = :tracking, shipped_at = :timestamp", timestamp,
                new MapSqlParameterSource("status", event.status().code())
                        .addValue("fulfillment", event.fulfillmentStatus().code())
                        .addValue("tracking", event.trackingNumber()));
    }

    @EventHandler
    public void on(OrderDeliveredEvent event, @Timestamp Instant timestamp) {
        update(event.orderId(), "status = CAST(:status AS order_status),"
                        + " fulfillment_status = CAST(:fulfillment AS fulfillment_status), delivered_at = :timestamp",
                timestamp, new MapSqlParameterSource("status", event.status().code())
                        .addValue("fulfillment", event.fulfillmentStatus().code()));
    }

    @EventHandler
    public void on(OrderPaymentStatusChangedEvent event, @Timestamp Instant timestamp) {
        update(event.orderId(), "payment_status = CAST(:payment AS payment_status)", timestamp,
                new MapSqlParameterSource("payment", event.paymentStatus().code()));
    }

    @EventHandler
    public void on(OrderFulfillmentStatusChangedEvent event, @Timestamp Instant timestamp) {
        update(event.orderId(), "status = CAST(:status AS order_status),"
                        + " fulfillment_status = CAST(:fulfillment AS fulfillment_status)", timestamp,
                new MapSqlParameterSource("status", event.status().code())
                        .addValue("fulfillment", event.fulfillmentStatus().code()));
    }

    @EventHandler
    public void on(OrderRefundedEvent event, @Timestamp Instant timestamp) {
        jdbc.update(INSERT_REFUND, new MapSqlParameterSource()
                .addValue("id", event.orderId().value())
                .addValue("refundNumber", event.refundNumber())
                .addValue("amount", event.amount())
                .addValue("reason", event.reason())
                .addValue("restocked", !event.restocked().isEmpty())
                .addValue("timestamp", EventTime.utcTimestamp(timestamp)));
        update(event.orderId(), "status = CAST(:status AS order_status),"
                        + " payment_status = CAST(:payment AS payment_status)", timestamp,
                new MapSqlParameterSource("status", event.status().code())
                        .addValue("payment", event.paymentStatus().code()));
        recountOwner(event.orderId());
    }

    /**
     * The users' rows are parked, not deleted, by the user projection's reset, so their statistics are zeroed here
     * and counted again as the replay confirms their orders.
     */
    @ResetHandler
    public void reset() {
        jdbc.getJdbcOperations().update("DELETE FROM orders");
        jdbc.getJdbcOperations().update(
                "UPDATE users SET total_orders = 0, total_spent = 0 WHERE total_orders <> 0 OR total_spent <> 0");
    }

    private void update(OrderId orderId, String assignments, Instant timestamp, MapSqlParameterSource values) {
        jdbc.update("UPDATE orders SET " + assignments + ", updated_at = :timestamp WHERE id = :id", values
                .addValue("id", orderId.value())
                .addValue("timestamp", EventTime.utcTimestamp(timestamp)));
    }

    private void recountOwner(OrderId orderId) {
        jdbc.update(RECOUNT_OWNER, new MapSqlParameterSource("id", orderId.value()));
    }

    private static MapSqlParameterSource totals(OrderId orderId, OrderTotals totals, Instant timestamp) {
        return new MapSqlParameterSource()
                .addValue("id", orderId.value())
                .addValue("subtotal", totals.subtotal())
                .addValue("tax", totals.tax())
                .addValue("shipping", totals.shipping())
                .addValue("discount", totals.discount())
                .addValue("total", totals.total())
                .addValue("timestamp", EventTime.utcTimestamp(timestamp));
    }

    private static String json(OrderAddress address) {
        if (address == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(address);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an order address as JSON", e);
        }
    }
}
