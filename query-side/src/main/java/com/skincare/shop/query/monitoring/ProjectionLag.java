package com.skincare.shop.query.monitoring;

import com.skincare.shop.projections.Projection;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * How far each projection is behind the head of the event store, in events.
 * <p>
 * A projection's position is read from its stored tokens (Axon's token table, read without claiming), so a
 * node that holds none of a projection's segments still judges the shared tables it reads; the slowest segment
 * counts. A projection whose tokens are not in that table (the analytics ones keep theirs in Mongo) is judged by
 * this node's own processor, when it runs one. A projection with no token yet is as far behind as the head.
 * <p>
 * Figures are remembered for {@link #MAX_AGE}, so health probes and metric scrapes together cost a few queries a
 * second at most. Meters: {@code shop.projection.lag} and {@code shop.projection.position}, tagged with the
 * projection ({@code shop_projection_lag}, {@code shop_projection_position} in Prometheus).
 */
public class ProjectionLag {

    static final Duration MAX_AGE = Duration.ofSeconds(1);

    private final List<String> projections;
    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final TokenSchema tokens;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(Instant.MIN, Map.of(), 0);

    public ProjectionLag(List<Projection> projections, EventStore eventStore, EventProcessingConfiguration processing,
                         JdbcTemplate jdbc, Serializer serializer, TokenSchema tokens, Clock clock) {
        this.projections = projections.stream().map(Projection::processingGroup).sorted().toList();
        this.eventStore = eventStore;
        this.processing = processing;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Registers a lag and a position gauge per projection. */
    public void bindTo(MeterRegistry meters) {
        for (String projection : projections) {
            Gauge.builder("shop.projection.lag", this, lag -> lag.current().lag(projection))
                    .description("Events between the head of the event store and the projection's position")
                    .tag("projection", projection)
                    .register(meters);
            Gauge.builder("shop.projection.position", this, lag -> lag.current().position(projection))
                    .description("Global index of the last event the projection has processed")
                    .tag("projection", projection)
                    .register(meters);
        }
        Gauge.builder("shop.event-store.head", this, lag -> lag.current().head())
                .description("Global index of the newest event in the store")
                .register(meters);
    }

    /** Each projection's lag in events, by name; a projection that cannot be judged here is left out. */
    public Map<String, Long> lags() {
        Snapshot current = current();
        Map<String, Long> lags = new TreeMap<>();
        current.positions().forEach((name, position) -> lags.put(name, Math.max(0, current.head() - position)));
        return lags;
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        Instant now = clock.instant();
        if (known.taken().plus(MAX_AGE).isAfter(now)) {
            return known;
        }
        Snapshot fresh = measure(now);
        snapshot = fresh;
        return fresh;
    }

    private Snapshot measure(Instant now) {
        long head = positionOf(eventStore.createHeadToken()).orElse(0L);
        Map<String, Long> stored = storedPositions();
        Map<String, Long> positions = new HashMap<>();
        for (String projection : projections) {
            Long position = stored.containsKey(projection) ? stored.get(projection) : localPosition(projection);
            if (position != null) {
                positions.put(projection, position);
            }
        }
        return new Snapshot(now, Map.copyOf(positions), head);
    }

    /** The slowest segment's position of every processor with tokens in the token table. */
    private Map<String, Long> storedPositions() {
        Map<String, Long> positions = new HashMap<>();
        jdbc.query("SELECT " + tokens.processorNameColumn() + ", " + tokens.tokenColumn() + ", "
                + tokens.tokenTypeColumn() + " FROM " + tokens.tokenTable(), row -> {
            byte[] token = row.getBytes(2);
            String type = row.getString(3);
            long position = token == null || type == null ? 0L : positionOf(serializer.deserialize(
                    new SimpleSerializedObject<>(token, byte[].class, type, null))).orElse(0L);
            positions.merge(row.getString(1), position, Math::min);
        });
        return positions;
    }

    private Long localPosition(String projection) {
        Optional<StreamingEventProcessor> processor = processing.eventProcessor(projection, StreamingEventProcessor.class);
        if (processor.isEmpty() || processor.get().processingStatus().isEmpty()) {
            return null;
        }
        return processor.get().processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(p -> p.orElse(0L))
                .min()
                .orElse(0L);
    }

    private static OptionalLong positionOf(Object token) {
        return token instanceof TrackingToken tracking ? tracking.position() : OptionalLong.empty();
    }

    private record Snapshot(Instant taken, Map<String, Long> positions, long head) {

        double lag(String projection) {
            Long position = positions.get(projection);
            return position == null ? Double.NaN : Math.max(0, head - position);
        }

        double position(String projection) {
            Long position = positions.get(projection);
            return position == null ? Double.NaN : position;
        }
    }
}
