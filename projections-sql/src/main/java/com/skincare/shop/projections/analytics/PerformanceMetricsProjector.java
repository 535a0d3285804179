package com.skincare.shop.projections.analytics;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.skincare.shop.api.analytics.VisitorEventTrackedEvent;
import com.skincare.shop.api.analytics.VisitorEventType;
import com.skincare.shop.api.identity.UserRegisteredEvent;
import com.skincare.shop.api.ordering.OrderConfirmedEvent;
import com.skincare.shop.api.ordering.OrderItem;
import com.skincare.shop.api.ordering.OrderPlacedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;

/**
 * {@code performance_metrics}: one document per day of the shop (Asia/Phnom_Penh), each event counted on the day
 * of its timestamp. {@code new_registrations} counts registrations; {@code total_users} every registration up to
 * that day; {@code active_users} the distinct visitors with a tracked event that day (signed-in users by id,
 * guests by session); {@code total_orders}, {@code revenue} and {@code avg_order_value} the orders the checkout
 * confirmed, at their final totals; {@code popular_products} and {@code popular_categories} the ten with the most
 * product views and units bought in confirmed orders.
 * <p>
 * Mongo writes take no transaction here, so each event is counted in one single-document update that also
 * records its id ({@code applied_events}) and matches only a day without it: a redelivered event is counted once.
 * Only the last {@value #APPLIED_WINDOW} ids of a day are kept: an event comes again only with the batch whose token
 * was not stored, and a batch is far smaller, so the day's document stays small however busy the day. Visitors
 * are one document each in {@code performance_metrics_visitors} (the day and the visitor as its id, so writing
 * one again changes nothing), counted when the day is derived.
 * <p>
 * The counters live beside the documented {@code metrics} ({@code counts}), which are derived from them once per
 * batch for every day the batch marked {@code dirty}, rather than after every event; a day whose derivation did not
 * happen (the batch's token stored, then a failure) stays marked and is derived with the next batch. An order's
 * lines come from its placing, kept in {@code performance_metrics_orders} until it is confirmed.
 */
@ProcessingGroup(AnalyticsProcessing.PERFORMANCE_METRICS)
public class PerformanceMetricsProjector {

    public static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Phnom_Penh");
    static final String ORDERS = "performance_metrics_orders";
    static final String VISITORS = "performance_metrics_visitors";
    /** Ten times the analytics processors' batch: far more than a redelivery can bring again. */
    static final int APPLIED_WINDOW = 1000;
    private static final int POPULAR = 10;
    private static final String DIRTY_DAYS = PerformanceMetricsProjector.class.getName() + ".dirty";

    private final AnalyticsStore store;
    /** As in the other analytics projectors: indexes before the first write, so the app starts without Mongo. */
    private volatile boolean indexed;

    public PerformanceMetricsProjector(AnalyticsStore store) {
        this.store = store;
    }

    @EventHandler
    void on(UserRegisteredEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        count(at, eventId, List.of(Updates.inc("counts.registrations", 1L)));
    }

    @EventHandler
    void on(VisitorEventTrackedEvent event, @MessageIdentifier String eventId) {
        LocalDate day = LocalDate.ofInstant(event.occurredAt(), SHOP_ZONE);
        String visitor = event.userId() != null ? "user:" + event.userId() : "session:" + event.sessionId();
        visitors().updateOne(eq("_id", day + "|" + visitor), Updates.setOnInsert("day", day.toString()),
                new UpdateOptions().upsert(true));
        List<Bson> updates = new ArrayList<>();
        if (event.eventType() == VisitorEventType.PRODUCT_VIEW) {
            if (event.eventData().productId() != null) {
                updates.add(Updates.inc("counts.products." + event.eventData().productId() + ".views", 1L));
            }
            if (event.eventData().category() != null) {
                updates.add(Updates.inc("counts.categories." + key(event.eventData().category()) + ".views", 1L));
            }
        }
        count(event.occurredAt(), eventId, updates);
    }

    @EventHandler
    void on(OrderPlacedEvent event) {
        List<Document> items = new ArrayList<>();
        for (OrderItem item : event.items()) {
            items.add(new Document("product_id", item.productId().value())
                    .append("quantity", (long) item.quantity())
                    .append("categories", item.categories().stream().sorted().toList()));
        }
        orders().updateOne(eq("_id", event.orderId().value()),
                new Document("$setOnInsert", new Document("items", items)), new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(OrderConfirmedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        List<Bson> updates = new ArrayList<>();
        updates.add(Updates.inc("counts.orders", 1L));
        updates.add(Updates.inc("counts.revenue_cents",
                event.totals().total().movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact()));
        Document order = orders().find(eq("_id", event.orderId().value())).first();
        List<Document> items = order == null ? List.of() : order.getList("items", Document.class);
        for (Document item : items) {
            long quantity = item.getLong("quantity");
            updates.add(Updates.inc("counts.products." + item.getLong("product_id") + ".purchases", quantity));
            for (String category : item.getList("categories", String.class)) {
                updates.add(Updates.inc("counts.categories." + key(category) + ".purchases", quantity));
            }
        }
        count(at, eventId, updates);
        orders().deleteOne(eq("_id", event.orderId().value()));
    }

    @ResetHandler
    void reset() {
        metrics().drop();
        orders().drop();
        visitors().drop();
        indexed = false;
    }

    /** The event's counts on its day, once; the day is derived again at the end of the batch. */
    private void count(Instant at, String eventId, List<Bson> counts) {
        LocalDate day = LocalDate.ofInstant(at, SHOP_ZONE);
        List<Bson> updates = new ArrayList<>(counts);
        updates.add(Updates.pushEach("applied_events", List.of(eventId), new PushOptions().slice(-APPLIED_WINDOW)));
        updates.add(Updates.set("dirty", true));
        updates.add(Updates.setOnInsert("date", Date.from(day.atStartOfDay(SHOP_ZONE).toInstant())));
        updates.add(Updates.min("created_at", Date.from(at)));
        try {
            indexedMetrics().updateOne(and(eq("day", day.toString()), ne("applied_events", eventId)),
                    Updates.combine(updates), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (!AnalyticsStore.isDuplicateKey(e)) {
                throw e;
            }
        }
        deriveWithTheBatch();
    }

    /**
     * Once per batch, before it commits: derives every day marked dirty. Outside a unit of work (a handler called
     * on its own) at once.
     */
    private void deriveWithTheBatch() {
        if (!CurrentUnitOfWork.isStarted()) {
            deriveDirtyDays();
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.getOrComputeResource(DIRTY_DAYS, key -> {
            batch.onPrepareCommit(unitOfWork -> deriveDirtyDays());
            return Boolean.TRUE;
        });
    }

    private void deriveDirtyDays() {
        List<String> days = metrics().find(eq("dirty", true)).projection(Projections.include("day"))
                .map(document -> document.getString("day")).into(new ArrayList<>());
        for (String day : days) {
            derive(LocalDate.parse(day));
        }
    }

    private void derive(LocalDate day) {
        Document document = metrics().find(eq("day", day.toString()))
                .projection(Projections.exclude("applied_events")).first();
        Document counts = document.get("counts", new Document());
        long before = document.containsKey("registrations_before") ? document.getLong("registrations_before")
                : registrationsBefore(day);
        long registrations = number(counts, "registrations");
        long orders = number(counts, "orders");
        BigDecimal revenue = BigDecimal.valueOf(number(counts, "revenue_cents"), 2);
        BigDecimal average = orders == 0 ? BigDecimal.ZERO.setScale(2)
                : revenue.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP);
        Document metrics = new Document("total_users", before + registrations)
                .append("active_users", visitors().countDocuments(eq("day", day.toString())))
                .append("new_registrations", registrations)
                .append("total_orders", orders)
                .append("revenue", new Decimal128(revenue))
                .append("avg_order_value", new Decimal128(average))
                .append("popular_products", popular(counts.get("products", new Document()), "product_id", true))
                .append("popular_categories", popular(counts.get("categories", new Document()), "category", false));
        metrics().updateOne(eq("day", day.toString()), Updates.combine(Updates.set("metrics", metrics),
                Updates.set("registrations_before", before), Updates.unset("dirty")));
    }

    /**
     * Registrations of the days before, read when a day is first derived: the stream reaches a day only after the
     * days before it, so they are complete by then, and a replay reads the same sums.
     */
    private long registrationsBefore(LocalDate day) {
        long sum = 0;
        for (Document earlier : metrics().find(lt("day", day.toString())).projection(Projections.include("counts"))) {
            sum += number(earlier.get("counts", new Document()), "registrations");
        }
        return sum;
    }

    private static List<Document> popular(Document counted, String name, boolean numericKey) {
        List<Document> entries = new ArrayList<>();
        for (Map.Entry<String, Object> entry : counted.entrySet()) {
            Document count = (Document) entry.getValue();
            Object value = numericKey ? (Object) Long.parseLong(entry.getKey()) : unkey(entry.getKey());
            entries.add(new Document(name, value).append("views", number(count, "views"))
                    .append("purchases", number(count, "purchases")));
        }
        return entries.stream()
                .sorted(Comparator.<Document>comparingLong(d -> d.getLong("views") + d.getLong("purchases")).reversed()
                        .thenComparing(d -> d.get(name).toString()))
                .limit(POPULAR)
                .toList();
    }

    private static long number(Document document, String field) {
        return document.get(field) instanceof Number n ? n.longValue() : 0L;
    }

    /** A category as a field name: '.' and a leading '$' would be read as a path and an operator. */
    private static String key(String category) {
        return URLEncoder.encode(category, StandardCharsets.UTF_8).replace(".", "%2E").replace("$", "%24");
    }

    private static String unkey(String key) {
        return URLDecoder.decode(key, StandardCharsets.UTF_8);
    }

    private MongoCollection<Document> metrics() {
        return store.collection(AnalyticsStore.PERFORMANCE_METRICS);
    }

    private MongoCollection<Document> orders() {
        return store.collection(ORDERS);
    }

    private MongoCollection<Document> visitors() {
        return store.collection(VISITORS);
    }

    private MongoCollection<Document> indexedMetrics() {
        if (!indexed) {
            metrics().createIndex(Indexes.ascending("day"), new IndexOptions().unique(true));
            metrics().createIndex(Indexes.ascending("dirty"), new IndexOptions().sparse(true));
            visitors().createIndex(Indexes.ascending("day"));
            indexed = true;
        }
        return metrics();
    }
}
