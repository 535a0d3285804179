package com.skincare.shop.projections.analytics;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.skincare.shop.api.analytics.DeviceInfo;
import com.skincare.shop.api.analytics.ProductSearchedEvent;
import com.skincare.shop.api.analytics.SearchFilters;
import com.skincare.shop.api.analytics.SearchTrackedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.bson.Document;
import org.bson.types.Decimal128;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static com.mongodb.client.model.Filters.eq;

/**
 * {@code search_analytics}: one document per search, with the documented fields and two of its own beside them:
 * {@code event_id}, under which the search is written once whatever the redeliveries ({@code $setOnInsert} on a
 * unique key), {@code normalized_query} (trimmed, lower case, single spaces), which the trends group by, and
 * {@code source}: {@code tracked} (reported by a storefront) or {@code product_search} (seen by the catalog).
 */
@ProcessingGroup(AnalyticsProcessing.SEARCH_ANALYTICS)
public class SearchAnalyticsProjector {

    private final AnalyticsStore store;
    /**
     * Indexes are made before the first write rather than at start, so that an app whose Mongo is not up yet
     * still starts; the first batch then fails and is tried again until it is.
     */
    private volatile boolean indexed;

    public SearchAnalyticsProjector(AnalyticsStore store) {
        this.store = store;
    }

    @EventHandler
    void on(SearchTrackedEvent event, @MessageIdentifier String eventId) {
        write(eventId, event.userId(), event.searchQuery(), event.filtersApplied(), event.resultsCount(),
                event.clickedProducts(), event.sessionId(), event.occurredAt(), event.deviceInfo(), "tracked");
    }

    @EventHandler
    void on(ProductSearchedEvent event, @MessageIdentifier String eventId) {
        write(eventId, event.userId(), event.searchQuery(), event.filtersApplied(), event.resultsCount(), List.of(),
                event.sessionId(), event.occurredAt(), event.deviceInfo(), "product_search");
    }

    private void write(String eventId, Long userId, String query, SearchFilters filters, int results,
                       List<Long> clicked, String sessionId, Instant at, DeviceInfo device, String source) {
        Document search = new Document("event_id", eventId)
                .append("user_id", userId)
                .append("search_query", query)
                .append("normalized_query", normalized(query))
                .append("filters_applied", filters(filters))
                .append("results_count", results)
                .append("clicked_products", clicked)
                .append("session_id", sessionId)
                .append("timestamp", AnalyticsDocuments.date(at))
                .append("device_info", AnalyticsDocuments.deviceInfo(device))
                .append("source", source);
        indexedCollection().updateOne(eq("event_id", eventId), new Document("$setOnInsert", search),
                new UpdateOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        collection().drop();
        indexed = false;
    }

    /** How the trends tell two searches for the same thing: case, edges and runs of spaces do not count. */
    public static String normalized(String query) {
        return query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Document filters(SearchFilters filters) {
        Document range = filters.minPrice() == null && filters.maxPrice() == null ? null
                : new Document("min", decimal(filters.minPrice())).append("max", decimal(filters.maxPrice()));
        return new Document("category", filters.category())
                .append("skin_type", filters.skinType())
                .append("price_range", range)
                .append("brands", filters.brands());
    }

    private static Decimal128 decimal(BigDecimal value) {
        return value == null ? null : new Decimal128(value);
    }

    private MongoCollection<Document> collection() {
        return store.collection(AnalyticsStore.SEARCH_ANALYTICS);
    }

    /** The collection, with the indexes a write counts on. */
    private MongoCollection<Document> indexedCollection() {
        if (!indexed) {
            ensureIndexes();
            indexed = true;
        }
        return collection();
    }

    private void ensureIndexes() {
        collection().createIndex(Indexes.ascending("event_id"), new IndexOptions().unique(true));
        collection().createIndex(Indexes.ascending("timestamp"));
    }
}
