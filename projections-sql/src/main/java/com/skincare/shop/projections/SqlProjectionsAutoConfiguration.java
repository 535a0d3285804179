package com.skincare.shop.projections;

import com.skincare.shop.projections.analytics.AnalyticsProcessing;
import com.skincare.shop.projections.cart.CartProjector;
import com.skincare.shop.projections.catalog.CatalogProcessing;
import com.skincare.shop.projections.catalog.CategoryProjector;
import com.skincare.shop.projections.catalog.ProductProjector;
import com.skincare.shop.projections.coupons.CouponProcessing;
import com.skincare.shop.projections.coupons.CouponProjector;
import com.skincare.shop.projections.deadletters.ProjectionDeadLetters;
import com.skincare.shop.projections.identity.UserProjector;
import com.skincare.shop.projections.inventory.InventoryProcessing;
import com.skincare.shop.projections.inventory.StockMovementProjector;
import com.skincare.shop.projections.ordering.OrderProjector;
import com.skincare.shop.projections.recommendations.SkinAnalysisProjector;
import com.skincare.shop.projections.reviews.ReviewProjector;
import com.skincare.shop.projections.wishlist.WishlistProjector;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The SQL read model for any app that depends on this module: the documented schema, migrated while the context
 * refreshes, and the projectors that fill it. Axon starts its event processors only once every singleton exists
 * (in the lifecycle phase after refresh), so no projector sees an event before the schema is current.
 * <p>
 * The projectors are beans declared here rather than scanned components, so an app that scans all of
 * {@code com.skincare.shop} does not register them twice.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class})
@ConditionalOnBean(DataSource.class)
public class SqlProjectionsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ReadSchemaMigration readSchemaMigration(DataSource dataSource) {
        return ReadSchemaMigration.migrate(dataSource);
    }

    /**
     * The catalog's processor, configured in code so that every app containing these projectors runs them the
     * same way whatever its own properties say: one segment (see {@link CatalogProcessing}), batches of 200 events
     * in one transaction with the token. A tracking processor rather than a pooled one: its thread waits on the
     * event stream and wakes when events arrive, where the pooled coordinator polls an idle embedded store every
     * 500 ms. Measured between two processes: write to readable p50 135 ms, max 304 ms (pooled: 430 and 557).
     */
    @Bean
    public ConfigurerModule catalogProcessor() {
        return projectionProcessor(CatalogProcessing.GROUP);
    }

    /** The customers' tables the same way: one ordered stream, see {@link CustomerProcessing}. */
    @Bean
    public ConfigurerModule customerProcessor() {
        return projectionProcessor(CustomerProcessing.GROUP);
    }

    /**
     * The stock history on a stream of its own, in {@value InventoryProcessing#SEGMENTS} segments, see
     * {@link InventoryProcessing}. As many threads as segments, so that one node can run them all when it is the
     * only one.
     */
    @Bean
    public ConfigurerModule inventoryProcessor() {
        return projectionProcessor(InventoryProcessing.GROUP, InventoryProcessing.SEGMENTS);
    }

    /** The coupons and their uses on a stream of their own, see {@link CouponProcessing}. */
    @Bean
    public ConfigurerModule couponProcessor() {
        return projectionProcessor(CouponProcessing.GROUP);
    }

    /**
     * A dead-letter queue for every projection, the Mongo analytics' included (their letters are kept in
     * PostgreSQL too), see {@link ProjectionDeadLetters}. Registering a group whose processor does not exist in an
     * app (the analytics switched off) builds nothing.
     */
    @Bean
    public ConfigurerModule projectionDeadLetters() {
        return ProjectionDeadLetters.module(
                List.of(CatalogProcessing.GROUP, CustomerProcessing.GROUP, InventoryProcessing.GROUP,
                        CouponProcessing.GROUP),
                List.of(AnalyticsProcessing.USER_ANALYTICS, AnalyticsProcessing.SEARCH_ANALYTICS,
                        AnalyticsProcessing.PERFORMANCE_METRICS));
    }

    @Bean
    public Projection catalogProjection() {
        return new Projection(CatalogProcessing.GROUP);
    }

    @Bean
    public Projection customerProjection() {
        return new Projection(CustomerProcessing.GROUP);
    }

    @Bean
    public Projection inventoryProjection() {
        return new Projection(InventoryProcessing.GROUP);
    }

    @Bean
    public Projection couponProjection() {
        return new Projection(CouponProcessing.GROUP);
    }

    /**
     * The catalog's tables for a rebuild beside the live ones. Its product rows are read by the inventory
     * projection's stream too, but only the catalog writes them.
     */
    @Bean
    public SqlProjection catalogSqlProjection() {
        return new SqlProjection(CatalogProcessing.GROUP,
                List.of("categories", "products", "product_categories", "product_images"),
                jdbc -> List.of(new CategoryProjector(jdbc), new ProductProjector(jdbc)));
    }

    /** Every table of a customer's; {@code users}' order statistics come from the order projector. */
    @Bean
    public SqlProjection customerSqlProjection() {
        return new SqlProjection(CustomerProcessing.GROUP,
                List.of("users", "user_addresses", "orders", "order_items", "order_refunds", "reviews",
                        "product_ratings", "wishlists", "shopping_cart", "cart_coupons", "skin_analyses"),
                jdbc -> List.of(new UserProjector(jdbc), new OrderProjector(jdbc), new ReviewProjector(jdbc),
                        new WishlistProjector(jdbc), new CartProjector(jdbc), new SkinAnalysisProjector(jdbc)));
    }

    @Bean
    public SqlProjection inventorySqlProjection() {
        return new SqlProjection(InventoryProcessing.GROUP, List.of("stock_movements"),
                jdbc -> List.of(new StockMovementProjector(jdbc)));
    }

    /** Coupon uses refer to {@code users} and {@code orders}, which stay the customers' and are read live. */
    @Bean
    public SqlProjection couponSqlProjection() {
        return new SqlProjection(CouponProcessing.GROUP, List.of("coupons", "coupon_usage", "coupon_usage_orders"),
                jdbc -> List.of(new CouponProjector(jdbc)));
    }

    @Bean
    @ConditionalOnMissingBean
    public ProductProjector productProjector(ReadSchemaMigration migrated, NamedParameterJdbcTemplate jdbc) {
        return new ProductProjector(jdbc);
    }

    @Bean
    @ConditionalOnMissingBean
    public CategoryProjector categoryProjector(ReadSchemaMigration migrated, NamedParameterJdbcTemplate jdbc) {
        return new CategoryProjector(jdbc);
    }

    @Bean
    @ConditionalOnMissingBean
    public StockMovementProjector stockMovementProjector(ReadSchemaMigration migrated,
                                                         NamedParameterJdbcTemplate jdbc) {
        return new StockMovementProjector(jdbc);
    }

    @Bean
    @ConditionalOnMissingBean
    public UserProjector userProjector(ReadSchemaMigration migrated, NamedParameterJdbcTemplate jdbc) {
        return new UserProjector(jdbc);
    }

    @Bean
    @ConditionalOnMissingBean
    public ReviewProjector reviewProjector(ReadSchemaMigration migrated, NamedParameterJdbcTemplate jdbc) {
        return new ReviewProjector(jdbc);
    }

    @Bean
    @ConditionalOnMissingBean
    public WishlistProjector wishlistProjector(ReadSchemaMigration migrated, NamedParameterJdbcTemplate jdbc) {
        return new WishlistProjector(jdbc);
    }

    @Bean
    @ConditionalOnMissingBean
    public CartProjector cartProjector(ReadSchemaMigration migrated, NamedParameterJdbcTemplate jdbc) {
        return new CartProjector(jdbc);
    }

    @Bean
    @ConditionalOnMissingBean
    public OrderProjector orderProjector(ReadSchemaMigration migrated, NamedParameterJdbcTemplate jdbc) {
        return new OrderProjector(jdbc);
    }

    @Bean
    @ConditionalOnMissingBean
    public SkinAnalysisProjector skinAnalysisProjector(ReadSchemaMigration migrated, NamedParameterJdbcTemplate jdbc) {
        return new SkinAnalysisProjector(jdbc);
    }

    @Bean
    @ConditionalOnMissingBean
    public CouponProjector couponProjector(ReadSchemaMigration migrated, NamedParameterJdbcTemplate jdbc) {
        return new CouponProjector(jdbc);
    }

    /**
     * How often a processor with a free thread looks for a segment nobody holds: one another query node let go of
     * or whose claim expired with its node (the claim timeout, {@code axon.eventhandling.tokenstore.claim-timeout},
     * is 5 s on the query side). Axon's default of 5 s would add as much to every handover.
     */
    public static final Duration TOKEN_CLAIM_INTERVAL = Duration.ofSeconds(1);

    /**
     * A projection's processor. A handler that fails on an event is parked in the group's dead-letter queue
     * ({@link #projectionDeadLetters()}) unless the database itself failed, which fails the batch: it rolls back
     * with the token and is tried again after a pause. Axon's default for handlers, logging the failure and going
     * on with the next event, would leave the table short of that event for good; the propagating handler stays
     * for a processor built without the queue.
     */
    private static ConfigurerModule projectionProcessor(String group) {
        return projectionProcessor(group, 1);
    }

    private static ConfigurerModule projectionProcessor(String group, int segments) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(group, Configuration::eventStore,
                        configuration -> TrackingEventProcessorConfiguration.forParallelProcessing(segments)
                                .andInitialSegmentsCount(segments)
                                .andBatchSize(200)
                                .andTokenClaimInterval(TOKEN_CLAIM_INTERVAL.toMillis(), TimeUnit.MILLISECONDS))
                .registerListenerInvocationErrorHandler(group, configuration -> PropagatingErrorHandler.instance()));
    }
}
