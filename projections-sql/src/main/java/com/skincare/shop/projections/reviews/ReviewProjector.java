package com.skincare.shop.projections.reviews;

import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.reviews.ReviewApprovedEvent;
import com.skincare.shop.api.reviews.ReviewDeletedEvent;
import com.skincare.shop.api.reviews.ReviewEditedEvent;
import com.skincare.shop.api.reviews.ReviewMarkedHelpfulEvent;
import com.skincare.shop.api.reviews.ReviewRejectedEvent;
import com.skincare.shop.api.reviews.ReviewSubmittedEvent;
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
 * Writes {@code reviews} and {@code product_ratings} from the review events, every value from an event. The
 * documented {@code customer_name} and {@code customer_email} stay empty: a copy of the author's name and email
 * in every review would outlive a change or a deletion of the account; readers take the name from {@code users}.
 * A product's rating is recomputed from its approved reviews after every change that can move it, so it never
 * drifts from them.
 * <p>
 * {@code is_verified_purchase} is decided when the review is submitted, from the orders the same projection has
 * written by then: true when the author has an order with the product that the checkout confirmed and that was
 * not cancelled or wholly refunded before the review. The customers group applies orders and reviews in the
 * order of the event stream, so a replay reaches every review with the same orders behind it and gives the same
 * answer; an order cancelled after the review does not take the badge back. The command side could not decide
 * it without a copy of every customer's orders of its own.
 */
@ProcessingGroup(CustomerProcessing.GROUP)
public class ReviewProjector {

    private static final String UPSERT_REVIEW = """
            INSERT INTO reviews (id, product_id, user_id, rating, title, comment, customer_name, customer_email,
                                 status, is_verified_purchase, helpful_count, created_at, updated_at)
            VALUES (:id, :productId, :userId, :rating, :title, :comment, NULL, NULL, 'pending',
                    EXISTS (SELECT 1 FROM orders o JOIN order_items i ON i.order_id = o.id
                            WHERE o.user_id = :userId AND i.product_id = :productId
                              AND o.status IN ('confirmed', 'processing', 'shipped', 'delivered')),
                    0, :createdAt, :timestamp)
            ON CONFLICT (id) DO UPDATE SET
                product_id = EXCLUDED.product_id, user_id = EXCLUDED.user_id, rating = EXCLUDED.rating,
                title = EXCLUDED.title, comment = EXCLUDED.comment, status = 'pending',
                is_verified_purchase = EXCLUDED.is_verified_purchase, helpful_count = 0,
                created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at
            """;

    private static final String RATE_PRODUCT = """
            INSERT INTO product_ratings (product_id, review_count, average_rating)
            SELECT :productId, count(*), coalesce(round(avg(rating), 2), 0)
            FROM reviews WHERE product_id = :productId AND status = 'approved'
            ON CONFLICT (product_id) DO UPDATE SET
                review_count = EXCLUDED.review_count, average_rating = EXCLUDED.average_rating
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public ReviewProjector(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(ReviewSubmittedEvent event, @Timestamp Instant timestamp) {
        jdbc.update(UPSERT_REVIEW, review(event.reviewId().value(), timestamp)
                .addValue("productId", event.productId().value())
                .addValue("userId", event.author().value())
                .addValue("rating", event.content().rating())
                .addValue("title", event.content().title())
                .addValue("comment", event.content().comment())
                .addValue("createdAt", EventTime.utcDate(timestamp)));
    }

    @EventHandler
    public void on(ReviewEditedEvent event, @Timestamp Instant timestamp) {
        jdbc.update("UPDATE reviews SET rating = :rating, title = :title, comment = :comment, status = 'pending',"
                + " updated_at = :timestamp WHERE id = :id", review(event.reviewId().value(), timestamp)
                .addValue("rating", event.content().rating())
                .addValue("title", event.content().title())
                .addValue("comment", event.content().comment()));
        rateProductOf(event.reviewId().value());
    }

    @EventHandler
    public void on(ReviewApprovedEvent event, @Timestamp Instant timestamp) {
        setStatus(event.reviewId().value(), "approved", timestamp);
        rate(event.productId());
    }

    @EventHandler
    public void on(ReviewRejectedEvent event, @Timestamp Instant timestamp) {
        setStatus(event.reviewId().value(), "rejected", timestamp);
        rate(event.productId());
    }

    @EventHandler
    public void on(ReviewDeletedEvent event) {
        jdbc.update("DELETE FROM reviews WHERE id = :id", new MapSqlParameterSource("id", event.reviewId().value()));
        rate(event.productId());
    }

    /** The count is the event's, so a vote handled twice counts once. */
    @EventHandler
    public void on(ReviewMarkedHelpfulEvent event) {
        jdbc.update("UPDATE reviews SET helpful_count = :count WHERE id = :id", new MapSqlParameterSource()
                .addValue("id", event.reviewId().value())
                .addValue("count", event.helpfulCount()));
    }

    @ResetHandler
    public void reset() {
        jdbc.getJdbcOperations().update("DELETE FROM product_ratings");
        jdbc.getJdbcOperations().update("DELETE FROM reviews");
    }

    private void setStatus(long reviewId, String status, Instant timestamp) {
        jdbc.update("UPDATE reviews SET status = CAST(:status AS review_status), updated_at = :timestamp"
                + " WHERE id = :id", review(reviewId, timestamp).addValue("status", status));
    }

    private void rateProductOf(long reviewId) {
        jdbc.query("SELECT product_id FROM reviews WHERE id = :id", new MapSqlParameterSource("id", reviewId),
                (rs, row) -> rs.getLong("product_id")).forEach(productId -> rate(ProductId.of(productId)));
    }

    private void rate(ProductId productId) {
        jdbc.update(RATE_PRODUCT, new MapSqlParameterSource("productId", productId.value()));
    }

    private static MapSqlParameterSource review(long reviewId, Instant timestamp) {
        return new MapSqlParameterSource()
                .addValue("id", reviewId)
                .addValue("timestamp", EventTime.utcTimestamp(timestamp));
    }
}
