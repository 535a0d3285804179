package com.skincare.shop.query.admin;

import com.skincare.shop.api.common.RejectedException;
import com.skincare.shop.api.common.Rejection;
import com.skincare.shop.projections.Projection;
import com.skincare.shop.projections.SqlProjection;
import com.skincare.shop.projections.analytics.AnalyticsStore;
import com.skincare.shop.query.ProjectionSwitchListener;
import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The projections: their progress, read from their stored tokens so that every node of the cluster answers the
 * same, and their replay.
 * <p>
 * A SQL projection is rebuilt into a copy of its tables while the live ones keep answering, and switched over
 * in one transaction ({@link CopyReplay}). The Mongo analytics projections are replayed in place: their
 * processors' tokens are reset and their {@code @ResetHandler}s drop the collections, which the events fill again
 * (their documents are written idempotently by event id, and nothing refers to them by key as other tables refer
 * to the SQL ones).
 */
@Service
public class Projections {

    /** The name Axon's token stores give this node as the owner of a claim, their default. */
    private static final String TOKEN_OWNER = ManagementFactory.getRuntimeMXBean().getName();

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Map<String, SqlProjection> sqlProjections;
    private final List<String> names;
    private final StoredTokens tokens;
    private final CopyReplay.ReplayResources resources;
    private final List<ProjectionSwitchListener> listeners;
    private final Clock clock;
    private final Map<String, CopyReplay> replays = new ConcurrentHashMap<>();

    /**
     * @param projections the processing groups that are projections; other processors of the node (the mail
     *                    outbox, say) are neither listed nor replayed
     */
    public Projections(EventProcessingConfiguration processing, EventStore eventStore, List<Projection> projections,
                       List<SqlProjection> sqlProjections, JdbcTemplate jdbc, DataSource dataSource,
                       PlatformTransactionManager transactionManager, Serializer serializer,
                       TokenSchema tokenSchema, DeadLetterSchema deadLetterSchema,
                       ObjectProvider<AnalyticsStore> analytics,
                       List<ProjectionSwitchListener> listeners) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.sqlProjections = sqlProjections.stream()
                .collect(Collectors.toUnmodifiableMap(SqlProjection::processingGroup, Function.identity()));
        this.names = projections.stream().map(Projection::processingGroup).sorted().distinct().toList();
        this.tokens = new StoredTokens(jdbc, serializer, tokenSchema, analytics.getIfAvailable());
        this.clock = Clock.systemUTC();
        this.resources = new CopyReplay.ReplayResources(jdbc, new TransactionTemplate(transactionManager),
                hikari(dataSource), eventStore, serializer, tokenSchema, deadLetterSchema, tokens, clock);
        this.listeners = List.copyOf(listeners);
    }

    public List<ProjectionStatus> all() {
        long head = head();
        return names.stream()
                .map(name -> status(name, head))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(ProjectionStatus::name))
                .toList();
    }

    public Optional<ProjectionStatus> find(String name) {
        return status(name, head());
    }

    /**
     * Starts a rebuild and returns at once.
     *
     * @return false when there is no such projection
     * @throws RejectedException (conflict) when the projection is being replayed already, here or on another node
     */
    public boolean replay(String name) {
        if (!names.contains(name) || processor(name).isEmpty()) {
            return false;
        }
        start(name);
        return true;
    }

    /**
     * Starts a rebuild of every projection. Refused as a whole when any is being replayed already, so an
     * operator never has to find out which of them this call started.
     */
    public synchronized List<String> replayAll() {
        List<String> known = names.stream().filter(n -> processor(n).isPresent()).toList();
        List<String> busy = known.stream().filter(this::replaying).toList();
        if (!busy.isEmpty()) {
            throw alreadyReplaying(String.join(", ", busy));
        }
        List<String> started = new ArrayList<>();
        for (String name : known) {
            start(name);
            started.add(name);
        }
        return started;
    }

    private synchronized void start(String name) {
        StreamingEventProcessor processor = processor(name).orElseThrow();
        SqlProjection sql = sqlProjections.get(name);
        if (sql == null) {
            if (replaying(name)) {
                throw alreadyReplaying(name);
            }
            processor.shutDown();
            try {
                tokens.takeOverMongo(name, TOKEN_OWNER, clock.instant());
                processor.resetTokens();
            } finally {
                processor.start();
            }
            return;
        }
        CopyReplay running = replays.get(name);
        if (running != null && running.active()) {
            throw alreadyReplaying(name);
        }
        CopyReplay replay = new CopyReplay(sql, resources, processor, () -> switched(name));
        if (!replay.prepare()) {
            throw alreadyReplaying(name);
        }
        replays.put(name, replay);
        Thread thread = new Thread(replay, "replay-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void switched(String name) {
        listeners.stream().filter(l -> l.processingGroup().equals(name)).forEach(ProjectionSwitchListener::projectionSwitched);
    }

    private boolean replaying(String name) {
        return status(name, head()).map(ProjectionStatus::replaying).orElse(false);
    }

    private Optional<ProjectionStatus> status(String name, long head) {
        Optional<StreamingEventProcessor> processor = processor(name);
        if (!names.contains(name) || processor.isEmpty()) {
            return Optional.empty();
        }
        boolean running = processor.get().isRunning();
        if (!sqlProjections.containsKey(name)) {
            List<StoredTokens.Segment> segments = tokens.mongo(name);
            long position = position(segments);
            boolean replaying = segments.stream().anyMatch(StoredTokens.Segment::replaying);
            ReplayProgress progress = replaying ? inPlaceProgress(segments, head) : null;
            return Optional.of(new ProjectionStatus(name, position, head, lag(head, position), replaying, running,
                    progress));
        }
        long position = position(tokens.sql(name));
        CopyReplay local = replays.get(name);
        ReplayProgress progress = local == null ? null : local.progress();
        boolean replaying = local != null && local.active();
        if (!replaying) {
            Optional<ReplayProgress> elsewhere = copyElsewhere(name, head);
            if (elsewhere.isPresent()) {
                replaying = true;
                progress = elsewhere.get();
            }
        }
        return Optional.of(new ProjectionStatus(name, position, head, lag(head, position), replaying, running,
                progress));
    }

    /** A rebuild another node runs, known by its copy's token being claimed lately. */
    private Optional<ReplayProgress> copyElsewhere(String name, long head) {
        Instant recent = clock.instant().minus(CopyReplay.STALE);
        List<StoredTokens.Segment> copy = tokens.sql(CopyReplay.copyProcessorName(name));
        boolean building = copy.stream().anyMatch(s -> s.claimedSince(recent));
        boolean switching = tokens.sql(name).stream()
                .anyMatch(s -> CopyReplay.SWITCH_OWNER.equals(s.owner()) && s.claimedSince(recent));
        if (!building && !switching) {
            return Optional.empty();
        }
        return Optional.of(new ReplayProgress(switching ? "switching" : "building", position(copy), head, null,
                null, null, null, null));
    }

    private static ReplayProgress inPlaceProgress(List<StoredTokens.Segment> segments, long head) {
        long target = segments.stream().map(StoredTokens.Segment::replayTarget).flatMap(Optional::stream)
                .mapToLong(Long::longValue).max().orElse(head);
        return new ReplayProgress("building", position(segments), target, null, null, null, null, null);
    }

    private static long position(List<StoredTokens.Segment> segments) {
        return segments.stream().mapToLong(StoredTokens.Segment::position).min().orElse(0L);
    }

    private static long lag(long head, long position) {
        return Math.max(0, head - position);
    }

    private Optional<StreamingEventProcessor> processor(String name) {
        if (!names.contains(name)) {
            return Optional.empty();
        }
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    private long head() {
        TrackingToken token = eventStore.createHeadToken();
        return token == null ? 0L : token.position().orElse(0L);
    }

    private static RejectedException alreadyReplaying(String names) {
        return new RejectedException(Rejection.conflict("REPLAY_IN_PROGRESS", null,
                "A replay is already running for: " + names));
    }

    /** The copy's pool is made like the live one, so the live one must be Hikari's, Spring Boot's default. */
    private static HikariDataSource hikari(DataSource dataSource) {
        try {
            return dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException("Replays need the read database behind a Hikari pool", e);
        }
    }
}
