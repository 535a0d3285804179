package com.skincare.shop.command.ordering;

import com.skincare.shop.api.cart.CheckOutCartCommand;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.ordering.OrderId;
import com.skincare.shop.command.CartLine;
import com.skincare.shop.command.CommandSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The checkout's claims beside the event store (command schema V9 and V11): idempotency keys, first orders, and the
 * cart lines and coupon an order checked out. Every statement joins the transaction Axon opened around the command
 * or the event, so a claim commits or rolls back with the order it belongs to.
 */
@Component
public class CheckoutClaims {

    /** The order an earlier request under the same key placed, and that request's fingerprint. */
    public record PriorRequest(OrderId orderId, String fingerprint) {
    }

    private final JdbcTemplate jdbc;
    private final String requests;
    private final String firstOrders;
    private final String cartLines;
    private final String cartCoupons;

    public CheckoutClaims(JdbcTemplate jdbc, CommandSchema schema) {
        this.jdbc = jdbc;
        this.requests = schema.qualify("order_requests");
        this.firstOrders = schema.qualify("first_orders");
        this.cartLines = schema.qualify("checkout_cart_lines");
        this.cartCoupons = schema.qualify("checkout_cart_coupons");
    }

    /**
     * Claims the key for the order, or answers the request that holds it. A concurrent claim of the same key
     * waits on the primary key until the first one commits (then this one finds it) or rolls back (then this one
     * claims it), so two racing retries place one order.
     */
    public Optional<PriorRequest> claimKey(UserId user, String key, String fingerprint, OrderId order) {
        int inserted = jdbc.update("INSERT INTO " + requests + " (user_id, idempotency_key, fingerprint, order_id)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", user.value(), key, fingerprint, order.value());
        if (inserted == 1) {
            return Optional.empty();
        }
        return Optional.of(jdbc.queryForObject("SELECT order_id, fingerprint FROM " + requests
                        + " WHERE user_id = ? AND idempotency_key = ?",
                (rs, row) -> new PriorRequest(OrderId.of(rs.getLong(1)), rs.getString(2)), user.value(), key));
    }

    /**
     * Whether the order is the customer's first: true when no other order holds the claim. Two first orders
     * placed at once meet on the key; the second waits and is not a first order.
     */
    public boolean claimFirstOrder(UserId user, OrderId order) {
        return jdbc.update("INSERT INTO " + firstOrders + " (user_id, order_id) VALUES (?, ?)"
                + " ON CONFLICT (user_id) DO NOTHING", user.value(), order.value()) == 1;
    }

    public void releaseFirstOrder(OrderId order) {
        jdbc.update("DELETE FROM " + firstOrders + " WHERE order_id = ?", order.value());
    }

    public void keepCartLines(UserId user, OrderId order, List<CartLine> lines) {
        jdbc.batchUpdate("INSERT INTO " + cartLines + " (order_id, user_id, product_id, line_id) VALUES (?, ?, ?, ?)",
                lines.stream().map(line -> new Object[]{order.value(), user.value(), line.productId().value(),
                        line.lineId()}).toList());
    }

    public void keepCartCoupon(OrderId order, long couponId) {
        jdbc.update("INSERT INTO " + cartCoupons + " (order_id, coupon_id) VALUES (?, ?)", order.value(), couponId);
    }

    /** The cart's coupon the order took, and forgets it: the order is decided. */
    public Optional<Long> takeCartCoupon(OrderId order) {
        return jdbc.queryForList("DELETE FROM " + cartCoupons + " WHERE order_id = ? RETURNING coupon_id", Long.class,
                order.value()).stream().findFirst();
    }

    /** The lines the order checked out of its customer's cart, and forgets them: the order is decided. */
    public Optional<CheckedOutCart> takeCartLines(OrderId order) {
        List<Object[]> rows = jdbc.query("DELETE FROM " + cartLines + " WHERE order_id = ?"
                        + " RETURNING user_id, product_id, line_id",
                (rs, row) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)}, order.value());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CheckedOutCart(UserId.of((Long) rows.get(0)[0]), rows.stream()
                .map(row -> new CheckOutCartCommand.Line(ProductId.of((Long) row[1]), (Long) row[2])).toList()));
    }

    public record CheckedOutCart(UserId customer, List<CheckOutCartCommand.Line> lines) {
    }
}
