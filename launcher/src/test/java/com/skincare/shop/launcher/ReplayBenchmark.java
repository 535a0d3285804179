package com.skincare.shop.launcher;

import com.skincare.shop.projections.CustomerProcessing;
import com.skincare.shop.projections.catalog.CatalogProcessing;
import com.skincare.shop.projections.coupons.CouponProcessing;
import com.skincare.shop.projections.inventory.InventoryProcessing;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static com.skincare.shop.launcher.CatalogRequests.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replay benchmark: a store of {@code benchmark.events} events (1,000,000 unless told) read three ways in one
 * run: (a) a plain JDBC scan of {@code axon.domain_event_entry}, every column, with a streaming fetch; (b) Axon's
 * path alone, a tracking processor with a handler that does nothing, on the same event store, once without and
 * once with deserializing each payload; (c) the real SQL projections (catalog, customers, inventory, coupons)
 * reset and replayed together until each is at the head; (d) the admin's replay of each of them in turn, into
 * fresh tables and switched over, from the request until its phase is done. Not a test: it asserts only that it measured what it
 * says, and prints and writes its figures ({@code launcher/target/benchmark/replay.md}). Run it with
 * {@code scripts/benchmark-replay.sh}.
 * <p>
 * The store is filled the fast way with events the real projectors handle: a seed made over HTTP (products
 * created, edited and restocked; customers changing a cart line; coupons created and edited; some orders), then
 * copies of the seed's last edit, restock, cart change and coupon edit of each aggregate appended by SQL, one
 * round after another, each copy with the next sequence number of its aggregate and the next global index. So a
 * replay writes what the live shop wrote: a stock movement row per restock copy, the product, cart line and coupon
 * rows updated again. The copies keep the seed's timestamps and metadata. The Mongo analytics projections are
 * not replayed (none of the copied types is theirs); they, the sagas and the feed only read past the copies once,
 * while the store is filled, before anything is timed.
 */
class ReplayBenchmark extends ShopIT {

    private static final int EVENTS = Integer.getInteger("benchmark.events", 1_000_000);
    private static final int PRODUCTS = Integer.getInteger("benchmark.products", 40);
    private static final int CUSTOMERS = Integer.getInteger("benchmark.customers", 40);
    private static final int COUPONS = Integer.getInteger("benchmark.coupons", 10);
    private static final int FETCH_SIZE = Integer.getInteger("benchmark.fetch-size", 1000);
    private static final int ROUNDS_PER_INSERT = 500;
    private static final List<String> REPLAYED = List.of(CatalogProcessing.GROUP, CustomerProcessing.GROUP,
            InventoryProcessing.GROUP, CouponProcessing.GROUP);
    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(30);

    @Autowired
    DataSource dataSource;

    @Autowired
    EventStore eventStore;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void replayThroughput() throws Exception {
        seed();
        long fillNanos = fill();
        long stored = jdbc.queryForObject("SELECT count(*) FROM axon.domain_event_entry", Long.class);
        long head = jdbc.queryForObject("SELECT max(globalIndex) FROM axon.domain_event_entry", Long.class);
        assertThat(stored).isGreaterThanOrEqualTo(EVENTS);
        awaitAllProcessorsAt(head);
        jdbc.execute("ANALYZE");
        String size = jdbc.queryForObject(
                "SELECT pg_size_pretty(pg_total_relation_size('axon.domain_event_entry'))", String.class);
        Map<String, Long> handled = jdbc.queryForList(
                        "SELECT payloadType, count(*) AS n FROM axon.domain_event_entry GROUP BY payloadType ORDER BY n DESC")
                .stream().collect(LinkedHashMap::new, (m, row) -> m.put(
                        shortName((String) row.get("payloadtype")), ((Number) row.get("n")).longValue()), Map::putAll);

        Run raw = rawScan();
        assertThat(raw.events()).isEqualTo(stored);
        Run framework = noOpProcessor(stored, false);
        Run deserializing = noOpProcessor(stored, true);
        Map<String, Run> projections = replayProjections(head, stored);
        Map<String, Run> rebuilds = rebuildIntoFreshTables(stored);

        report(stored, size, fillNanos, handled, raw, framework, deserializing, projections, rebuilds);
    }

    /** Products, customers, coupons and orders over HTTP, each leaving the kinds of events the copies repeat. */
    private void seed() {
        List<Long> products = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            Map<String, Object> body = product("replay-" + unique());
            body.put("stock", 1_000_000);
            Http.Answer created = admin().post("/api/v1/admin/products", body);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            long id = created.data().path("id").asLong();
            products.add(id);
            body.put("price", 15.25);
            Http.Answer updated = admin().put("/api/v1/admin/products/" + id, body);
            assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
            Http.Answer restocked = admin().post("/api/v1/admin/inventory/" + id + "/restock", Map.of("quantity", 5));
            assertThat(restocked.status()).as(restocked.toString()).isEqualTo(200);
        }
        for (int i = 0; i < CUSTOMERS; i++) {
            Customer customer = newCustomer();
            long product = products.get(i % products.size());
            Http.Answer added = customer.http().post("/api/v1/cart/add", Map.of("product_id", product, "quantity", 1));
            assertThat(added.status()).as(added.toString()).isBetween(200, 201);
            Http.Answer changed = customer.http().put("/api/v1/cart/update/" + product, Map.of("quantity", 2));
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            Http.Answer placed = customer.http().post("/api/v1/orders",
                    CheckoutHttpIT.order(List.of(CheckoutHttpIT.line(products.get((i + 1) % products.size()), 1))));
            assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        }
        for (int i = 0; i < COUPONS; i++) {
            String code = "REPLAY" + unique();
            Map<String, Object> coupon = new HashMap<>(Map.of("code", code, "name", "Replay " + code, "type", "fixed",
                    "value", 2));
            Http.Answer created = admin().post("/api/v1/admin/coupons", coupon);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            coupon.put("name", "Replay " + code + " edited");
            Http.Answer updated = admin().put("/api/v1/admin/coupons/" + created.data().path("id").asLong(), coupon);
            assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        }
    }

    /**
     * Appends copies until the store holds {@link #EVENTS}: per round, for each aggregate, two copies of its
     * restock and one of its edit (products), two of its cart change (carts), one of its edit (coupons).
     */
    private long fill() {
        jdbc.execute("DROP TABLE IF EXISTS replay_benchmark_template");
        jdbc.execute("""
                CREATE TABLE replay_benchmark_template AS
                WITH last AS (
                    SELECT DISTINCT ON (aggregateIdentifier, payloadType) globalIndex, aggregateIdentifier, payloadType
                    FROM axon.domain_event_entry
                    WHERE payloadType LIKE '%.StockAdjustedEvent' OR payloadType LIKE '%.ProductUpdatedEvent'
                       OR payloadType LIKE '%.CartQuantityChangedEvent' OR payloadType LIKE '%.CouponUpdatedEvent'
                    ORDER BY aggregateIdentifier, payloadType, globalIndex DESC),
                weighted AS (
                    SELECT last.* FROM last, generate_series(1, CASE WHEN payloadType LIKE '%.ProductUpdatedEvent'
                        OR payloadType LIKE '%.CouponUpdatedEvent' THEN 1 ELSE 2 END)),
                ranked AS (
                    SELECT globalIndex AS source, aggregateIdentifier,
                           row_number() OVER (PARTITION BY aggregateIdentifier ORDER BY globalIndex) - 1 AS rank,
                           count(*) OVER (PARTITION BY aggregateIdentifier) AS k,
                           row_number() OVER (ORDER BY random()) AS ord
                    FROM weighted)
                SELECT ranked.*, (SELECT max(sequenceNumber) FROM axon.domain_event_entry e
                                  WHERE e.aggregateIdentifier = ranked.aggregateIdentifier) + 1 AS base
                FROM ranked""");
        long perRound = jdbc.queryForObject("SELECT count(*) FROM replay_benchmark_template", Long.class);
        assertThat(perRound).as("templates").isGreaterThanOrEqualTo(PRODUCTS * 3L);
        long missing = EVENTS - jdbc.queryForObject("SELECT count(*) FROM axon.domain_event_entry", Long.class);
        long rounds = Math.max(0, (missing + perRound - 1) / perRound);
        long started = System.nanoTime();
        for (long from = 1; from <= rounds; from += ROUNDS_PER_INSERT) {
            long to = Math.min(rounds, from + ROUNDS_PER_INSERT - 1);
            jdbc.update("""
                    INSERT INTO axon.domain_event_entry (eventIdentifier, aggregateIdentifier, sequenceNumber, type,
                        timeStamp, payloadType, payloadRevision, payload, metaData)
                    SELECT gen_random_uuid()::text, e.aggregateIdentifier, t.base + (g - 1) * t.k + t.rank, e.type,
                           e.timeStamp, e.payloadType, e.payloadRevision, e.payload, e.metaData
                    FROM generate_series(?::bigint, ?::bigint) g
                    CROSS JOIN replay_benchmark_template t
                    JOIN axon.domain_event_entry e ON e.globalIndex = t.source
                    ORDER BY g, t.ord""", from, to);
        }
        return System.nanoTime() - started;
    }

    /** Every column of every row in global order, as a projection's reader would fetch them. */
    private Run rawScan() throws SQLException {
        long started = System.nanoTime();
        long rows = 0;
        long bytes = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(FETCH_SIZE);
                try (ResultSet row = statement.executeQuery("""
                        SELECT globalIndex, eventIdentifier, aggregateIdentifier, sequenceNumber, type, timeStamp,
                               payloadType, payloadRevision, payload, metaData
                        FROM axon.domain_event_entry ORDER BY globalIndex""")) {
                    while (row.next()) {
                        row.getLong(1);
                        bytes += row.getString(2).length() + row.getString(3).length();
                        row.getLong(4);
                        row.getString(5);
                        row.getString(6);
                        row.getString(7);
                        row.getString(8);
                        bytes += row.getBytes(9).length + row.getBytes(10).length;
                        rows++;
                    }
                }
            }
            connection.commit();
        }
        assertThat(bytes).isPositive();
        return new Run(rows, System.nanoTime() - started);
    }

    /**
     * A tracking processor of its own on the shop's event store, configured as the projections' (one segment,
     * batches of 200), its token in memory, its handler counting events and, if asked, deserializing each payload.
     */
    private Run noOpProcessor(long stored, boolean deserialize) {
        AtomicLong seen = new AtomicLong();
        EventMessageHandler handler = new EventMessageHandler() {
            @Override
            public Object handle(EventMessage<?> event) {
                if (deserialize) {
                    event.getPayload();
                }
                seen.incrementAndGet();
                return null;
            }
        };
        TrackingEventProcessor processor = TrackingEventProcessor.builder()
                .name("replay-benchmark-" + (deserialize ? "payloads" : "no-op"))
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(handler).build())
                .messageSource(eventStore)
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing().andInitialSegmentsCount(1).andBatchSize(200))
                .build();
        long started = System.nanoTime();
        processor.start();
        try {
            long deadline = started + CATCH_UP_LIMIT.toNanos();
            while (seen.get() < stored) {
                assertThat(System.nanoTime()).as("no-op processor caught up in time").isLessThan(deadline);
                sleepBriefly();
            }
            return new Run(seen.get(), System.nanoTime() - started);
        } finally {
            processor.shutDown();
        }
    }

    /** The SQL projections reset and started together; each one's time is until its position reaches the head. */
    private Map<String, Run> replayProjections(long head, long stored) {
        List<StreamingEventProcessor> processors = REPLAYED.stream()
                .map(group -> processing.eventProcessor(group, StreamingEventProcessor.class).orElseThrow())
                .toList();
        processors.forEach(StreamingEventProcessor::shutDown);
        processors.forEach(StreamingEventProcessor::resetTokens);
        long started = System.nanoTime();
        processors.forEach(StreamingEventProcessor::start);
        Map<String, Run> done = new LinkedHashMap<>();
        long deadline = started + CATCH_UP_LIMIT.toNanos();
        while (done.size() < processors.size()) {
            assertThat(System.nanoTime()).as("projections replayed in time").isLessThan(deadline);
            for (StreamingEventProcessor processor : processors) {
                if (!done.containsKey(processor.getName()) && position(processor) >= head) {
                    done.put(processor.getName(), new Run(stored, System.nanoTime() - started));
                }
            }
            sleepBriefly();
        }
        return done;
    }

    /**
     * The admin's replay, one projection after another: a copy of its tables built from the first event by a
     * processor of its own, then the switch. Each one's time is from the request to its phase {@code done}.
     */
    private Map<String, Run> rebuildIntoFreshTables(long stored) {
        Map<String, Run> done = new LinkedHashMap<>();
        for (String group : REPLAYED) {
            long started = System.nanoTime();
            Http.Answer replay = admin().post("/api/v1/admin/projections/" + group + "/replay", null);
            assertThat(replay.status()).as(replay.toString()).isEqualTo(202);
            long deadline = started + CATCH_UP_LIMIT.toNanos();
            while (true) {
                assertThat(System.nanoTime()).as("%s rebuilt in time", group).isLessThan(deadline);
                String phase = admin().get("/api/v1/admin/projections/" + group).data()
                        .path("progress").path("phase").asText();
                assertThat(phase).as(group).isNotEqualTo("failed");
                if (phase.equals("done")) {
                    break;
                }
                sleepBriefly();
            }
            done.put(group, new Run(stored, System.nanoTime() - started));
        }
        return done;
    }

    private void awaitAllProcessorsAt(long head) {
        long deadline = System.nanoTime() + CATCH_UP_LIMIT.toNanos();
        for (StreamingEventProcessor processor : processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::isRunning).toList()) {
            while (!processor.processingStatus().isEmpty() && position(processor) < head) {
                assertThat(System.nanoTime()).as("%s caught up after the fill", processor.getName()).isLessThan(deadline);
                sleepBriefly();
            }
        }
    }

    private static long position(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(p -> p.orElse(0L))
                .min()
                .orElse(0L);
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String shortName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private void report(long stored, String size, long fillNanos, Map<String, Long> types, Run raw, Run framework,
                        Run deserializing, Map<String, Run> projections, Map<String, Run> rebuilds)
            throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nReplay benchmark: %,d events (%s with indexes), filled in %.1f s%n%n",
                stored, size, fillNanos / 1e9));
        out.append("| what | events | seconds | events/s | / raw scan |\n|---|---:|---:|---:|---:|\n");
        row(out, "(a) plain JDBC scan, every column, fetch size " + FETCH_SIZE, raw, raw);
        row(out, "(b) tracking processor, no-op handler", framework, raw);
        row(out, "(b') tracking processor, handler deserializes each payload", deserializing, raw);
        long slowest = 0;
        for (Map.Entry<String, Run> projection : projections.entrySet()) {
            row(out, "(c) projection `" + projection.getKey() + "` replayed (with the other three at once)",
                    projection.getValue(), raw);
            slowest = Math.max(slowest, projection.getValue().nanos());
        }
        Run all = new Run(stored, slowest);
        row(out, "(c) all four SQL projections at the head (wall clock)", all, raw);
        for (Map.Entry<String, Run> rebuild : rebuilds.entrySet()) {
            row(out, "(d) admin replay of `" + rebuild.getKey() + "` into fresh tables and switch, alone",
                    rebuild.getValue(), raw);
        }
        out.append(String.format(Locale.ROOT, "%nevents read by the four replays together: %.0f/s%n",
                4 * stored / (slowest / 1e9)));
        out.append(String.format(Locale.ROOT,
                "goals: real projections >= 3,000 events/s (slowest: %.0f), framework >= 0.25x raw scan (%.3f)%n",
                all.perSecond(), framework.perSecond() / raw.perSecond()));
        out.append("\nstored event types: ").append(types).append('\n');
        System.out.println(out);
        Path file = Path.of("target", "benchmark", "replay.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }

    private static void row(StringBuilder out, String what, Run run, Run raw) {
        out.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.0f | %.3f |%n", what, run.events(),
                run.nanos() / 1e9, run.perSecond(), run.perSecond() / raw.perSecond()));
    }

    private record Run(long events, long nanos) {

        double perSecond() {
            return events / (nanos / 1e9);
        }
    }
}
