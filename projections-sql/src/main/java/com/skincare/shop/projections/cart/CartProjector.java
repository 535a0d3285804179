package com.skincare.shop.projections.cart;

import com.skincare.shop.api.cart.CartClearedEvent;
import com.skincare.shop.api.cart.CartCouponAppliedEvent;
import com.skincare.shop.api.cart.CartCouponRemovedEvent;
import com.skincare.shop.api.cart.CartItemAddedEvent;
import com.skincare.shop.api.cart.CartItemRemovedEvent;
import com.skincare.shop.api.cart.CartQuantityChangedEvent;
import com.skincare.shop.projections.CustomerProcessing;
import com.skincare.shop.projections.EventTime;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Instant;

/**
 * Writes the documented {@code shopping_cart} from the cart events: the line's id from the event, its quantity as
 * the event says it is after the change, {@code created_at} from the event that started the line and
 * {@code updated_at} from the latest; and {@code cart_coupons}, the coupon a cart holds. A deleted customer's lines go with their {@code users} row (the documented
 * cascade).
 */
@ProcessingGroup(CustomerProcessing.GROUP)
public class CartProjector {

    private static final String UPSERT_LINE = """
            INSERT INTO shopping_cart (id, user_id, product_id, quantity, created_at, updated_at)
            VALUES (:id, :userId, :productId, :quantity, :timestamp, :timestamp)
            ON CONFLICT (id) DO UPDATE SET quantity = EXCLUDED.quantity, updated_at = EXCLUDED.updated_at
            """;

    private static final String UPSERT_COUPON = """
            INSERT INTO cart_coupons (user_id, coupon_id, code, applied_at)
            VALUES (:userId, :couponId, :code, :timestamp)
            ON CONFLICT (user_id) DO UPDATE SET coupon_id = EXCLUDED.coupon_id, code = EXCLUDED.code,
                                                applied_at = EXCLUDED.applied_at
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public CartProjector(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(CartItemAddedEvent event, @Timestamp Instant timestamp) {
        jdbc.update(UPSERT_LINE, new MapSqlParameterSource()
                .addValue("id", event.lineId())
                .addValue("userId", event.cartId().value())
                .addValue("productId", event.productId().value())
                .addValue("quantity", event.quantity())
                .addValue("timestamp", EventTime.utcTimestamp(timestamp)));
    }

    @EventHandler
    public void on(CartQuantityChangedEvent event, @Timestamp Instant timestamp) {
        jdbc.update("UPDATE shopping_cart SET quantity = :quantity, updated_at = :timestamp WHERE id = :id",
                new MapSqlParameterSource()
                        .addValue("id", event.lineId())
                        .addValue("quantity", event.quantity())
                        .addValue("timestamp", EventTime.utcTimestamp(timestamp)));
    }

    @EventHandler
    public void on(CartItemRemovedEvent event) {
        jdbc.update("DELETE FROM shopping_cart WHERE id = :id", new MapSqlParameterSource("id", event.lineId()));
    }

    /** A cleared cart loses its coupon with its lines. */
    @EventHandler
    public void on(CartClearedEvent event) {
        MapSqlParameterSource cart = new MapSqlParameterSource("userId", event.cartId().value());
        jdbc.update("DELETE FROM shopping_cart WHERE user_id = :userId", cart);
        jdbc.update("DELETE FROM cart_coupons WHERE user_id = :userId", cart);
    }

    @EventHandler
    public void on(CartCouponAppliedEvent event, @Timestamp Instant timestamp) {
        jdbc.update(UPSERT_COUPON, new MapSqlParameterSource()
                .addValue("userId", event.cartId().value())
                .addValue("couponId", event.couponId())
                .addValue("code", event.code())
                .addValue("timestamp", EventTime.utcTimestamp(timestamp)));
    }

    @EventHandler
    public void on(CartCouponRemovedEvent event) {
        jdbc.update("DELETE FROM cart_coupons WHERE user_id = :userId",
                new MapSqlParameterSource("userId", event.cartId().value()));
    }

    @ResetHandler
    public void reset() {
        jdbc.getJdbcOperations().update("DELETE FROM cart_coupons");
        jdbc.getJdbcOperations().update("DELETE FROM shopping_cart");
    }
}
