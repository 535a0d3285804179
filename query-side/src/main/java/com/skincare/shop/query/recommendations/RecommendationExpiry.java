package com.skincare.shop.query.recommendations;

import com.skincare.shop.api.catalog.ProductArchivedEvent;
import com.skincare.shop.api.catalog.ProductPublishedEvent;
import com.skincare.shop.api.catalog.ProductUpdatedEvent;
import com.skincare.shop.api.identity.ProfileUpdatedEvent;
import com.skincare.shop.api.ordering.OrderCancelledEvent;
import com.skincare.shop.api.ordering.OrderConfirmedEvent;
import com.skincare.shop.api.ordering.OrderId;
import com.skincare.shop.api.recommendations.SkinAnalyzedEvent;
import com.skincare.shop.projections.EventTime;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Expires the stored recommendations whose inputs an event changed, so the next read generates them again:
 * <ul>
 *   <li>an order confirmed or cancelled: its buyer's, and those of everyone else who bought one of its products
 *       (their "bought together" counts changed);</li>
 *   <li>a product's details or status changed: every document (any list may gain, lose or reorder it);</li>
 *   <li>a user's profile changed (their skin type) or they took a skin analysis: theirs.</li>
 * </ul>
 * The projections run on streams of their own, so before expiring anything this waits until the read tables show
 * the event: a document generated from tables without it would otherwise be stored as fresh. A user deleted since
 * has no list to expire, so their row's absence counts as shown; the later states of an order count as its
 * confirmation or cancellation shown. It expires what is
 * stored at that moment, so a redelivered event expires at most documents that were fine, which the next read
 * generates again.
 */
@ProcessingGroup(RecommendationExpiry.GROUP)
public class RecommendationExpiry {

    public static final String GROUP = "recommendations";

    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 20;

    private final NamedParameterJdbcTemplate jdbc;
    private final RecommendationStore store;
    private final Clock clock;

    public RecommendationExpiry(NamedParameterJdbcTemplate jdbc, RecommendationStore store, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.clock = clock;
    }

    @EventHandler
    public void on(OrderConfirmedEvent event) {
        orderChanged(event.orderId(), "status <> 'pending'");
    }

    @EventHandler
    public void on(OrderCancelledEvent event) {
        orderChanged(event.orderId(), "status IN ('cancelled', 'refunded')");
    }

    @EventHandler
    public void on(ProductUpdatedEvent event, @Timestamp Instant timestamp) {
        productChanged(event.productId().value(), timestamp);
    }

    @EventHandler
    public void on(ProductPublishedEvent event, @Timestamp Instant timestamp) {
        productChanged(event.productId().value(), timestamp);
    }

    @EventHandler
    public void on(ProductArchivedEvent event, @Timestamp Instant timestamp) {
        productChanged(event.productId().value(), timestamp);
    }

    @EventHandler
    public void on(ProfileUpdatedEvent event, @Timestamp Instant timestamp) {
        MapSqlParameterSource user = new MapSqlParameterSource()
                .addValue("id", event.userId().value())
                .addValue("at", EventTime.utcTimestamp(timestamp));
        awaitReadModel("user " + event.userId().value(), () -> !exists(
                "SELECT 1 FROM users WHERE id = :id AND updated_at < :at", user));
        store.expireUsers(List.of(event.userId().value()), clock.instant());
    }

    @EventHandler
    public void on(SkinAnalyzedEvent event) {
        MapSqlParameterSource analysis = new MapSqlParameterSource()
                .addValue("userId", event.skinAnalysesId().value())
                .addValue("analysisId", event.analysisId());
        awaitReadModel("skin analysis " + event.analysisId() + " of user " + event.skinAnalysesId().value(),
                () -> exists("SELECT 1 FROM skin_analyses WHERE user_id = :userId AND analysis_id = :analysisId"
                        + " UNION ALL SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM users WHERE id = :userId)", analysis));
        store.expireUsers(List.of(event.skinAnalysesId().value()), clock.instant());
    }

    /** Nothing stored outlives a replay of what it was computed from. */
    @ResetHandler
    public void reset() {
        store.expireAll(clock.instant());
    }

    private void orderChanged(OrderId orderId, String applied) {
        MapSqlParameterSource order = new MapSqlParameterSource("id", orderId.value());
        awaitReadModel("order " + orderId.value(), () -> exists(
                "SELECT 1 FROM orders WHERE id = :id AND " + applied, order));
        Set<Long> users = new HashSet<>(jdbc.queryForList("""
                SELECT DISTINCT o.user_id FROM order_items mine
                JOIN order_items theirs ON theirs.product_id = mine.product_id
                JOIN orders o ON o.id = theirs.order_id
                WHERE mine.order_id = :id AND o.user_id IS NOT NULL
                """, order, Long.class));
        if (!users.isEmpty()) {
            store.expireUsers(users, clock.instant());
        }
    }

    private void productChanged(long productId, Instant timestamp) {
        MapSqlParameterSource product = new MapSqlParameterSource()
                .addValue("id", productId)
                .addValue("at", EventTime.utcTimestamp(timestamp));
        awaitReadModel("product " + productId, () -> exists(
                "SELECT 1 FROM products WHERE id = :id AND updated_at >= :at", product));
        store.expireAll(clock.instant());
    }

    private boolean exists(String sql, MapSqlParameterSource parameters) {
        return !jdbc.queryForList(sql, parameters, Integer.class).isEmpty();
    }

    /**
     * Waits for another processor to apply the event; past the wait the batch fails and Axon delivers it again
     * after a pause.
     */
    private static void awaitReadModel(String what, BooleanSupplier applied) {
        long deadline = System.nanoTime() + READ_MODEL_WAIT.toNanos();
        while (!applied.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The read model does not show the change of " + what + " yet");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted waiting for " + what, e);
            }
        }
    }
}
