package com.skincare.shop.projections.analytics;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.skincare.shop.api.analytics.TrackedEventData;
import com.skincare.shop.api.analytics.VisitorEventTrackedEvent;
import com.skincare.shop.api.analytics.VisitorEventType;
import com.skincare.shop.api.ordering.OrderPlacedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static com.skincare.shop.projections.CustomerStream.customerRegistered;
import static com.skincare.shop.projections.ordering.OrderEvents.confirmed;
import static com.skincare.shop.projections.ordering.OrderEvents.item;
import static com.skincare.shop.projections.ordering.OrderEvents.placed;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code performance_metrics} from registrations, views and confirmed orders, against the in-process Mongo. */
class PerformanceMetricsProjectorTest {

    private static MongoServer server;
    private static MongoClient client;
    private AnalyticsStore store;
    private AnnotationEventHandlerAdapter projector;
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
        store = new AnalyticsStore(client.getDatabase("metrics_" + UUID.randomUUID().toString().replace("-", "")));
        projector = new AnnotationEventHandlerAdapter(new PerformanceMetricsProjector(store));
    }

    @Test
    void eachDayOfPhnomPenhCountsItsRegistrationsVisitorsAndConfirmedOrdersOnce() throws Exception {
        deliver(customerRegistered(1), "2025-06-01T10:00:00Z");
        // 18:30 UTC is 01:30 the next day in Phnom Penh
        deliver(customerRegistered(2), "2025-06-01T18:30:00Z");
        redeliverLast();
        deliver(view(2L, "s-2", 5L, "serums", "2025-06-01T18:40:00Z"), "2025-06-01T18:40:00Z");
        deliver(view(null, "guest", 5L, "serums", "2025-06-01T19:00:00Z"), "2025-06-01T19:00:00Z");
        deliver(view(null, "guest", 6L, "toners.k", "2025-06-01T19:01:00Z"), "2025-06-01T19:01:00Z");
        OrderPlacedEvent order = placed(9, 2, "user2@example.com", List.of(item(5, 2, "10.00")));
        deliver(order, "2025-06-01T19:05:00Z");
        deliver(confirmed(order, "0.00"), "2025-06-01T19:05:01Z");
        redeliverLast();

        Document first = day("2025-06-01");
        assertThat(metrics(first)).containsEntry("new_registrations", 1L).containsEntry("total_users", 1L)
                .containsEntry("total_orders", 0L).containsEntry("active_users", 0L);
        Document second = day("2025-06-02");
        assertThat(second.getDate("date")).isEqualTo(Date.from(Instant.parse("2025-06-01T17:00:00Z")));
        assertThat(second.getDate("created_at")).isEqualTo(Date.from(Instant.parse("2025-06-01T18:30:00Z")));
        Document metrics = metrics(second);
        assertThat(metrics).containsEntry("new_registrations", 1L).containsEntry("total_users", 2L)
                .containsEntry("active_users", 2L).containsEntry("total_orders", 1L)
                .containsEntry("revenue", new Decimal128(new BigDecimal("22.50")))
                .containsEntry("avg_order_value", new Decimal128(new BigDecimal("22.50")));
        assertThat(metrics.getList("popular_products", Document.class)).containsExactly(
                new Document("product_id", 5L).append("views", 2L).append("purchases", 2L),
                new Document("product_id", 6L).append("views", 1L).append("purchases", 0L));
        assertThat(metrics.getList("popular_categories", Document.class)).containsExactly(
                new Document("category", "serums").append("views", 2L).append("purchases", 2L),
                new Document("category", "toners.k").append("views", 1L).append("purchases", 0L));
    }

    @Test
    void aReplayWritesTheSameDays() throws Exception {
        deliver(customerRegistered(1), "2025-06-01T10:00:00Z");
        deliver(view(1L, "s-1", 5L, "serums", "2025-06-01T10:01:00Z"), "2025-06-01T10:01:00Z");
        OrderPlacedEvent order = placed(9, 1, "user1@example.com", List.of(item(5, 1, "10.00")));
        deliver(order, "2025-06-01T10:05:00Z");
        deliver(confirmed(order, "1.00"), "2025-06-01T10:05:01Z");
        deliver(customerRegistered(2), "2025-06-03T10:00:00Z");
        List<Document> before = all();

        projector.prepareReset(null);
        assertThat(all()).isEmpty();
        for (EventMessage<?> message : delivered) {
            projector.handle(message);
        }

        assertThat(all()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(metrics(day("2025-06-03"))).containsEntry("total_users", 2L);
    }

    @Test
    void aBusyDayKeepsOnlyTheLastAppliedIdsAndStillCountsARedeliveredEventOnce() throws Exception {
        int views = PerformanceMetricsProjector.APPLIED_WINDOW + 50;
        for (int i = 0; i < views; i++) {
            deliver(view(null, "guest-" + (i % 7), 5L, "serums", "2025-06-01T03:00:00Z"), "2025-06-01T03:00:00Z");
        }
        redeliverLast();

        Document day = day("2025-06-01");
        assertThat(day.getList("applied_events", String.class))
                .hasSize(PerformanceMetricsProjector.APPLIED_WINDOW)
                .endsWith(delivered.get(delivered.size() - 1).getIdentifier());
        assertThat(metrics(day)).containsEntry("active_users", 7L);
        assertThat(metrics(day).getList("popular_products", Document.class)).containsExactly(
                new Document("product_id", 5L).append("views", (long) views).append("purchases", 0L));
    }

    @Test
    void aBatchDerivesItsDaysOnceWhenItCommitsAndADayLeftUnderivedIsDerivedWithTheNext() throws Exception {
        DefaultUnitOfWork<EventMessage<?>> batch = DefaultUnitOfWork.startAndGet(null);
        deliver(customerRegistered(1), "2025-06-01T10:00:00Z");
        deliver(view(1L, "s-1", 5L, "serums", "2025-06-01T10:01:00Z"), "2025-06-01T10:01:00Z");
        Document counted = store.collection(AnalyticsStore.PERFORMANCE_METRICS).find(eq("day", "2025-06-01")).first();
        assertThat(counted.getBoolean("dirty")).as("counted, not derived yet").isTrue();
        assertThat(counted.containsKey("metrics")).isFalse();
        batch.commit();

        Document derived = day("2025-06-01");
        assertThat(derived.containsKey("dirty")).isFalse();
        assertThat(metrics(derived)).containsEntry("new_registrations", 1L).containsEntry("active_users", 1L);

        // As if a batch had stored its token and then failed before deriving its day.
        store.collection(AnalyticsStore.PERFORMANCE_METRICS).updateOne(eq("day", "2025-06-01"),
                new Document("$set", new Document("dirty", true).append("metrics.new_registrations", 0L)));
        deliver(customerRegistered(2), "2025-06-02T10:00:00Z");
        assertThat(metrics(day("2025-06-01"))).containsEntry("new_registrations", 1L);
        assertThat(metrics(day("2025-06-02"))).containsEntry("total_users", 2L);
    }

    private static VisitorEventTrackedEvent view(Long user, String session, long product, String category,
                                                 String at) {
        return new VisitorEventTrackedEvent(session, user, VisitorEventType.PRODUCT_VIEW,
                new TrackedEventData(product, category, "/p", Map.of()), null, null, Instant.parse(at));
    }

    private void deliver(Object event, String timestamp) throws Exception {
        EventMessage<?> message = new GenericEventMessage<>(UUID.randomUUID().toString(), event, Map.of(),
                Instant.parse(timestamp));
        delivered.add(message);
        projector.handle(message);
    }

    private void redeliverLast() throws Exception {
        projector.handle(delivered.get(delivered.size() - 1));
    }

    private Document day(String day) {
        Document document = store.collection(AnalyticsStore.PERFORMANCE_METRICS).find(eq("day", day)).first();
        assertThat(document).as("the day %s", day).isNotNull();
        assertThat(document.getDate("date")).isEqualTo(Date.from(LocalDate.parse(day)
                .atStartOfDay(PerformanceMetricsProjector.SHOP_ZONE).toInstant()));
        return document;
    }

    private static Document metrics(Document day) {
        return day.get("metrics", Document.class);
    }

    private List<Document> all() {
        List<Document> documents = store.collection(AnalyticsStore.PERFORMANCE_METRICS).find().into(new ArrayList<>());
        documents.forEach(d -> d.remove("_id"));
        return documents;
    }
}
