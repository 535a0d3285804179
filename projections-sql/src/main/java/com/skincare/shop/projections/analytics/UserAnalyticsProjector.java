package com.skincare.shop.projections.analytics;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.skincare.shop.api.analytics.DeviceInfo;
import com.skincare.shop.api.analytics.PurchaseTrackedEvent;
import com.skincare.shop.api.analytics.PurchasedItem;
import com.skincare.shop.api.analytics.VisitorEventTrackedEvent;
import com.skincare.shop.api.analytics.VisitorEventType;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

/**
 * {@code user_analytics}: one document per user and session (user null for a guest), its {@code events} in the
 * order they happened, the device last described (an event whose client said nothing of its device moves only
 * the address), and {@code created_at}/{@code updated_at} from the first and last
 * event's time. Each entry carries its event's id ({@code event_id}) beside the documented fields: the update
 * only matches a document without that id, and the upsert it would otherwise make meets the unique index on
 * user and session, so a redelivered event is written once.
 */
@ProcessingGroup(AnalyticsProcessing.USER_ANALYTICS)
public class UserAnalyticsProjector {

    private final AnalyticsStore store;
    /**
     * Indexes are made before the first write rather than at start, so that an app whose Mongo is not up yet
     * still starts; the first batch then fails and is tried again until it is.
     */
    private volatile boolean indexed;

    public UserAnalyticsProjector(AnalyticsStore store) {
        this.store = store;
    }

    @EventHandler
    void on(VisitorEventTrackedEvent event, @MessageIdentifier String eventId) {
        Document data = new Document("product_id", event.eventData().productId())
                .append("category", event.eventData().category())
                .append("page_url", event.eventData().pageUrl())
                .append("timestamp", AnalyticsDocuments.date(event.occurredAt()))
                .append("metadata", AnalyticsDocuments.metadata(event.eventData().metadata()));
        append(event.userId(), event.sessionId(), eventId, List.of(entry(eventId, event.eventType(), data)),
                event.deviceInfo(), event.occurredAt());
    }

    /** A purchase is one {@code purchase} entry per line, since an entry names one product. */
    @EventHandler
    void on(PurchaseTrackedEvent event, @MessageIdentifier String eventId) {
        List<Document> entries = new ArrayList<>();
        for (PurchasedItem item : event.items()) {
            Document metadata = new Document("quantity", item.quantity())
                    .append("price", new Decimal128(item.price()));
            if (event.orderId() != null) {
                metadata.append("order_id", event.orderId());
            }
            if (event.totalAmount() != null) {
                metadata.append("total_amount", new Decimal128(event.totalAmount()));
            }
            entries.add(entry(eventId, VisitorEventType.PURCHASE, new Document("product_id", item.productId())
                    .append("category", item.category())
                    .append("page_url", null)
                    .append("timestamp", AnalyticsDocuments.date(event.occurredAt()))
                    .append("metadata", metadata)));
        }
        append(event.userId(), event.sessionId(), eventId, entries, event.deviceInfo(), event.occurredAt());
    }

    @ResetHandler
    void reset() {
        collection().drop();
        indexed = false;
    }

    private static Document entry(String eventId, VisitorEventType type, Document data) {
        return new Document("event_id", eventId).append("event_type", type.code()).append("event_data", data);
    }

    private void append(Long userId, String sessionId, String eventId, List<Document> entries, DeviceInfo device,
                        Instant at) {
        Bson filter = and(eq("user_id", userId), eq("session_id", sessionId), ne("events.event_id", eventId));
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.pushEach("events", entries),
                Updates.min("created_at", AnalyticsDocuments.date(at)),
                Updates.max("updated_at", AnalyticsDocuments.date(at))));
        if (AnalyticsDocuments.describesDevice(device)) {
            updates.add(Updates.set("device_info", AnalyticsDocuments.deviceInfo(device)));
        } else if (device != null && device.ipAddress() != null) {
            updates.add(Updates.set("device_info.ip_address", device.ipAddress()));
        }
        try {
            indexedCollection().updateOne(filter, Updates.combine(updates), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (!AnalyticsStore.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    private MongoCollection<Document> collection() {
        return store.collection(AnalyticsStore.USER_ANALYTICS);
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
        collection().createIndex(Indexes.ascending("user_id", "session_id"), new IndexOptions().unique(true));
        collection().createIndex(Indexes.ascending("events.event_data.product_id"));
    }
}
