package com.skincare.shop.query.monitoring;

import com.skincare.shop.projections.Projection;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
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
    private volatile Snapshot snapshot = new Snapshot(Instant.MIN, Map.of(), Set.of(), 0);

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
        return lags(false);
    }

    /**
     * The lags of the projections that are not being replayed. A replay is started by an admin for the whole
     * cluster and its tokens are shared: judging readiness by it would take every query node out of service at
     * once, where the lag meters still show its progress.
     */
    public Map<String, Long> lagsOutsideReplays() {
        return lags(true);
    }

    private Map<String, Long> lags(boolean skipReplays) {
        Snapshot current = current();
        Map<String, Long> lags = new TreeMap<>();
        current.positions().forEach((name, position) -> {
            if (!skipReplays || !current.replaying().contains(name)) {
                lags.put(name, Math.max(0, current.head() - position));
            }
        });
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
        Set<String> replaying = new HashSet<>();
        Map<String, Long> stored = storedPositions(replaying);
        Map<String, Long> positions = new HashMap<>();
        for (String projection : projections) {
            Long position = stored.containsKey(projection) ? stored.get(projection) : localPosition(projection, replaying);
            if (position != null) {
                positions.put(projection, position);
            }
        }
        return new Snapshot(now, Map.copyOf(positions), Set.copyOf(replaying), head);
    }

    /** The slowest segment's position of every processor with tokens in the token table. */
    private Map<String, Long> storedPositions(Set<String> replaying) {
        Map<String, Long> positions = new HashMap<>();
        jdbc.query("SELECT " + tokens.processorNameColumn() + ", " + tokens.tokenColumn() + ", "
                + tokens.tokenTypeColumn() + " FROM " + tokens.tokenTable(), row -> {
            String processor = row.getString(1);
            byte[] token = row.getBytes(2);
            String type = row.getString(3);
            Object tracking = token == null || type == null ? null
                    : serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
            if (tracking instanceof ReplayToken) {
                replaying.add(processor);
            }
            positions.merge(processor, positionOf(tracking).orElse(0L), Math::min);
        });
        return positions;
    }

    private Long localPosition(String projection, Set<String> replaying) {
        Optional<StreamingEventProcessor> processor = processing.eventProcessor(projection, StreamingEventProcessor.class);
        if (processor.isEmpty() || processor.get().processingStatus().isEmpty()) {
            return null;
        }
        if (processor.get().isReplaying()) {
            replaying.add(projection);
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

    private record Snapshot(Instant taken, Map<String, Long> positions, Set<String> replaying, long head) {

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
