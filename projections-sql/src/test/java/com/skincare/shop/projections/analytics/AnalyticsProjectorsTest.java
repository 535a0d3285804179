package com.skincare.shop.projections.analytics;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.skincare.shop.api.analytics.DeviceInfo;
import com.skincare.shop.api.analytics.PurchaseTrackedEvent;
import com.skincare.shop.api.analytics.PurchasedItem;
import com.skincare.shop.api.analytics.SearchFilters;
import com.skincare.shop.api.analytics.ProductSearchedEvent;
import com.skincare.shop.api.analytics.SearchTrackedEvent;
import com.skincare.shop.api.analytics.TrackedEventData;
import com.skincare.shop.api.analytics.VisitorEventTrackedEvent;
import com.skincare.shop.api.analytics.VisitorEventType;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The analytics projectors against the in-process Mongo server, through the real driver and Axon's adapters. */
class AnalyticsProjectorsTest {

    private static final DeviceInfo PHONE = new DeviceInfo("Mozilla/5.0", "10.0.0.7", "mobile", "Safari", "iOS",
            new DeviceInfo.Location("KH", "Phnom Penh", List.of(104.9, 11.56)));

    private static MongoServer server;
    private static MongoClient client;
    private AnalyticsStore store;
    private List<AnnotationEventHandlerAdapter> projectors;
    private final List<EventMessage<?>> delivered = new ArrayList<>();

    @BeforeAll
    static void startMongo() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterAll
    static void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void freshDatabase() {
        store = new AnalyticsStore(client.getDatabase("analytics_" + UUID.randomUUID().toString().replace("-", "")));
        projectors = List.of(new AnnotationEventHandlerAdapter(new UserAnalyticsProjector(store)),
                new AnnotationEventHandlerAdapter(new SearchAnalyticsProjector(store)));
    }

    @Test
    void aSessionsEventsGatherInOneDocumentPerUserAndSessionInTheirOrder() {
        deliver(view(7L, "s-1", 5L, "2025-06-02T10:00:00.123Z"));
        deliver(view(7L, "s-1", 6L, "2025-06-02T10:05:00Z"));
        deliver(view(null, "s-1", 5L, "2025-06-02T09:00:00Z"));
        deliver(new PurchaseTrackedEvent("s-1", 7L, 900L, List.of(new PurchasedItem(5, "serums", 2,
                new BigDecimal("9.50"))), new BigDecimal("19.00"), PHONE, Instant.parse("2025-06-02T10:10:00Z")));

        List<Document> documents = userAnalytics();
        assertThat(documents).hasSize(2);
        Document signedIn = documents.stream().filter(d -> Long.valueOf(7).equals(d.get("user_id"))).findFirst()
                .orElseThrow();
        assertThat(signedIn.getString("session_id")).isEqualTo("s-1");
        assertThat(signedIn.getList("events", Document.class)).extracting(e -> e.getString("event_type"))
                .containsExactly("product_view", "product_view", "purchase");
        Document first = signedIn.getList("events", Document.class).get(0).get("event_data", Document.class);
        assertThat(first.get("product_id")).isEqualTo(5L);
        assertThat(first.getString("page_url")).isEqualTo("/products/5");
        assertThat(first.getDate("timestamp")).isEqualTo(Date.from(Instant.parse("2025-06-02T10:00:00.123Z")));
        assertThat(first.get("metadata", Document.class)).containsEntry("ref", "home").containsEntry("position", 3);
        Document purchase = signedIn.getList("events", Document.class).get(2).get("event_data", Document.class);
        assertThat(purchase.get("metadata", Document.class)).containsEntry("quantity", 2)
                .containsEntry("order_id", 900L).containsEntry("price", new Decimal128(new BigDecimal("9.50")));
        assertThat(signedIn.getDate("created_at")).isEqualTo(Date.from(Instant.parse("2025-06-02T10:00:00.123Z")));
        assertThat(signedIn.getDate("updated_at")).isEqualTo(Date.from(Instant.parse("2025-06-02T10:10:00Z")));
        assertThat(signedIn.get("device_info", Document.class).getString("device_type")).isEqualTo("mobile");
        assertThat(signedIn.get("device_info", Document.class).get("location", Document.class).getList(
                "coordinates", Double.class)).containsExactly(104.9, 11.56);
    }

    @Test
    void anEventThatSaysNothingOfItsDeviceMovesOnlyTheAddress() {
        deliver(view(7L, "s-1", 5L, "2025-06-02T10:00:00Z"));
        deliver(new VisitorEventTrackedEvent("s-1", 7L, VisitorEventType.PAGE_VIEW,
                new TrackedEventData(null, null, "/", Map.of()), null,
                new DeviceInfo(null, "10.0.0.8", null, null, null, null), Instant.parse("2025-06-02T10:01:00Z")));

        Document device = userAnalytics().get(0).get("device_info", Document.class);
        assertThat(device.getString("ip_address")).isEqualTo("10.0.0.8");
        assertThat(device.getString("device_type")).isEqualTo("mobile");
    }

    @Test
    void aRedeliveredEventCountsOnce() {
        deliver(view(7L, "s-1", 5L, "2025-06-02T10:00:00Z"));
        redeliverLast();
        deliver(view(7L, "s-1", 6L, "2025-06-02T10:01:00Z"));
        redeliverLast();
        deliver(search("night cream", 0, "2025-06-02T10:02:00Z"));
        redeliverLast();

        assertThat(userAnalytics()).singleElement().satisfies(d ->
                assertThat(d.getList("events", Document.class)).hasSize(2));
        assertThat(searchAnalytics()).hasSize(1);
    }

    @Test
    void aSearchIsOneDocumentWithTheDocumentedFields() {
        deliver(search("  Night   CREAM ", 3, "2025-06-02T10:02:00Z"));

        Document search = searchAnalytics().get(0);
        assertThat(search.getString("search_query")).isEqualTo("  Night   CREAM ");
        assertThat(search.getString("normalized_query")).isEqualTo("night cream");
        assertThat(search.getInteger("results_count")).isEqualTo(3);
        assertThat(search.getList("clicked_products", Long.class)).containsExactly(5L);
        assertThat(search.get("filters_applied", Document.class).getString("skin_type")).isEqualTo("dry");
        assertThat(search.get("filters_applied", Document.class).get("price_range", Document.class).get("max"))
                .isEqualTo(new Decimal128(new BigDecimal("30.00")));
        assertThat(search.getDate("timestamp")).isEqualTo(Date.from(Instant.parse("2025-06-02T10:02:00Z")));
        assertThat(search.get("user_id")).isNull();
        assertThat(search.getString("source")).isEqualTo("tracked");
    }

    @Test
    void aSearchSeenByTheCatalogIsOneDocumentWithoutClicks() {
        deliver(new ProductSearchedEvent(null, 7L, "serum", SearchFilters.none(), 12, PHONE,
                Instant.parse("2025-06-02T10:03:00Z")));
        redeliverLast();

        assertThat(searchAnalytics()).singleElement().satisfies(search -> {
            assertThat(search.getString("source")).isEqualTo("product_search");
            assertThat(search.getInteger("results_count")).isEqualTo(12);
            assertThat(search.getList("clicked_products", Long.class)).isEmpty();
            assertThat(search.get("user_id")).isEqualTo(7L);
        });
    }

    @Test
    void aReplayAfterAResetWritesTheSameDocuments() {
        deliver(view(7L, "s-1", 5L, "2025-06-02T10:00:00Z"));
        deliver(view(null, "s-2", 6L, "2025-06-02T10:01:00Z"));
        deliver(search("toner", 4, "2025-06-02T10:02:00Z"));
        List<Document> users = withoutIds(userAnalytics());
        List<Document> searches = withoutIds(searchAnalytics());

        projectors.forEach(p -> p.prepareReset(null));
        assertThat(userAnalytics()).isEmpty();
        assertThat(searchAnalytics()).isEmpty();
        delivered.forEach(this::handle);

        assertThat(withoutIds(userAnalytics())).containsExactlyInAnyOrderElementsOf(users);
        assertThat(withoutIds(searchAnalytics())).containsExactlyInAnyOrderElementsOf(searches);
        redeliverLast();
        assertThat(searchAnalytics()).hasSize(1);
    }

    private static VisitorEventTrackedEvent view(Long userId, String session, long productId, String at) {
        return new VisitorEventTrackedEvent(session, userId, VisitorEventType.PRODUCT_VIEW,
                new TrackedEventData(productId, "serums", "/products/" + productId, Map.of("ref", "home", "position", 3)),
                null, PHONE, Instant.parse(at));
    }

    private static SearchTrackedEvent search(String query, int results, String at) {
        return new SearchTrackedEvent("s-1", null, query, new SearchFilters("serums", "dry", null,
                new BigDecimal("30.00"), List.of()), results, List.of(5L), PHONE, Instant.parse(at));
    }

    private void deliver(Object event) {
        EventMessage<?> message = GenericEventMessage.asEventMessage(event);
        delivered.add(message);
        handle(message);
    }

    private void redeliverLast() {
        handle(delivered.get(delivered.size() - 1));
    }

    private void handle(EventMessage<?> message) {
        try {
            for (AnnotationEventHandlerAdapter projector : projectors) {
                if (projector.canHandle(message)) {
                    projector.handle(message);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Document> userAnalytics() {
        return store.collection(AnalyticsStore.USER_ANALYTICS).find().into(new ArrayList<>());
    }

    private List<Document> searchAnalytics() {
        return store.collection(AnalyticsStore.SEARCH_ANALYTICS).find().into(new ArrayList<>());
    }

    private static List<Document> withoutIds(List<Document> documents) {
        documents.forEach(d -> d.remove("_id"));
        return documents;
    }
}
