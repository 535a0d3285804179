package com.skincare.shop.projections.analytics;

/**
 * The processing groups of the Mongo analytics collections, one per collection. Their tracking tokens live in
 * Mongo beside the documents ({@link AnalyticsStore#TOKENS}), not in PostgreSQL: a projector and its token are
 * then in one store, and a Mongo restored from a backup restarts from the position its documents had.
 */
public final class AnalyticsProcessing {

    public static final String USER_ANALYTICS = "user-analytics";
    public static final String SEARCH_ANALYTICS = "search-analytics";
    public static final String PERFORMANCE_METRICS = "performance-metrics";

    private AnalyticsProcessing() {
    }
}
