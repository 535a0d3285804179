package com.skincare.shop.projections.analytics;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * The analytics database: the documented collections, and the tracking tokens of the processors that write
 * them. Readers (the query side's analytics) and later projections (recommendations) take their collections here.
 */
public class AnalyticsStore {

    public static final String USER_ANALYTICS = "user_analytics";
    public static final String SEARCH_ANALYTICS = "search_analytics";
    public static final String PERFORMANCE_METRICS = "performance_metrics";
    /** axon-mongo's {@code MongoTokenStore} keeps the analytics processors' tokens here. */
    public static final String TOKENS = "analytics_tracking_tokens";

    private final MongoDatabase database;

    public AnalyticsStore(MongoDatabase database) {
        this.database = database;
    }

    public MongoDatabase database() {
        return database;
    }

    public MongoCollection<Document> collection(String name) {
        return database.getCollection(name);
    }

    /** A write that met a unique index: the document it would make is there already. */
    public static boolean isDuplicateKey(MongoWriteException e) {
        return e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }
}
