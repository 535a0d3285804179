package com.skincare.shop.projections.wishlist;

import com.skincare.shop.api.wishlist.ProductUnwishlistedEvent;
import com.skincare.shop.api.wishlist.ProductWishlistedEvent;
import com.skincare.shop.api.wishlist.WishlistClearedEvent;
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
 * Writes the documented {@code wishlists} from the wishlist events: the entry's id from the event, its time from
 * the event's timestamp. A deleted customer's entries go with their {@code users} row (the documented cascade).
 */
@ProcessingGroup(CustomerProcessing.GROUP)
public class WishlistProjector {

    private final NamedParameterJdbcTemplate jdbc;

    public WishlistProjector(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(ProductWishlistedEvent event, @Timestamp Instant timestamp) {
        jdbc.update("INSERT INTO wishlists (id, user_id, product_id, created_at) VALUES (:id, :userId, :productId,"
                + " :createdAt) ON CONFLICT (id) DO UPDATE SET user_id = EXCLUDED.user_id,"
                + " product_id = EXCLUDED.product_id, created_at = EXCLUDED.created_at", new MapSqlParameterSource()
                .addValue("id", event.itemId())
                .addValue("userId", event.wishlistId().value())
                .addValue("productId", event.productId().value())
                .addValue("createdAt", EventTime.utcTimestamp(timestamp)));
    }

    @EventHandler
    public void on(ProductUnwishlistedEvent event) {
        jdbc.update("DELETE FROM wishlists WHERE id = :id", new MapSqlParameterSource("id", event.itemId()));
    }

    @EventHandler
    public void on(WishlistClearedEvent event) {
        jdbc.update("DELETE FROM wishlists WHERE user_id = :userId",
                new MapSqlParameterSource("userId", event.wishlistId().value()));
    }

    @ResetHandler
    public void reset() {
        jdbc.getJdbcOperations().update("DELETE FROM wishlists");
    }
}
