package com.skincare.shop.query.admin;

import com.skincare.shop.projections.SqlProjection;
import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * One rebuild of a SQL projection beside its live tables (blue/green), run on a thread of its own:
 * <ol>
 *   <li>building: a processor of its own ({@code <group>.replay}) runs fresh projectors from the first event into
 *       copies of the tables (with their constraints and foreign keys) in schema {@code replay_<group>}, through a
 *       pool whose connections look there first, its token committed with its rows; the live tables keep
 *       answering;</li>
 *   <li>switching, once the copy is nearly at the head: the live processor stops here and its token rows are
 *       taken over in the store, so no node of the cluster goes on writing the live tables (a node mid-batch
 *       fails to store its token and rolls back); the copy goes on to at least the live position and stops;
 *       then one transaction makes the live tables equal to the copy and gives the live token the copy's
 *       position; the live processor starts again from there;</li>
 *   <li>done (or failed): the copy and its token go, the caches fed by the projection are emptied.</li>
 * </ol>
 * A reader sees the old tables until that commit and the new ones after it, never a table half built. A node
 * that dies midway leaves a schema and token rows behind, which the next replay of the group clears (a stolen
 * live token is released by its claim timing out, and any node takes the projection up again).
 */
final class CopyReplay implements Runnable {

    enum Phase { BUILDING, SWITCHING, DONE, FAILED }

    /** The owner written on a live projection's token rows while it is switched. */
    static final String SWITCH_OWNER = "replay-switch";
    /** A claim not renewed for this long belongs to a node that is gone (Axon's claim timeout is 10 s). */
    static final Duration STALE = Duration.ofSeconds(15);

    private static final Logger LOG = LoggerFactory.getLogger(CopyReplay.class);
    private static final long SWITCH_LAG = 100;
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration SWITCH_CLAIM_RENEWAL = Duration.ofSeconds(2);
    /** A copy whose handlers keep failing for this long fails the replay rather than holding it open for good. */
    private static final Duration FAILING_COPY = Duration.ofSeconds(60);

    private final SqlProjection projection;
    private final String schema;
    private final String copyProcessor;
    private final String nodeId;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final HikariDataSource liveDataSource;
    private final EventStore eventStore;
    private final Serializer serializer;
    private final TokenSchema tokenSchema;
    private final DeadLetterSchema deadLetterSchema;
    private final StoredTokens tokens;
    private final StreamingEventProcessor live;
    private final Runnable afterSwitch;
    private final Clock clock;

    private final Instant started;
    private volatile Phase phase = Phase.BUILDING;
    private volatile Instant finished;
    private volatile String failure;
    private volatile long position;
    private volatile long head;
    private volatile Double eventsPerSecond;
    private volatile Instant estimatedFinish;
    private TrackingEventProcessor copy;
    private Instant failingSince;

    CopyReplay(SqlProjection projection, ReplayResources resources, StreamingEventProcessor live,
               Runnable afterSwitch) {
        this.projection = projection;
        this.schema = CopySql.copySchema(projection.processingGroup());
        this.copyProcessor = copyProcessorName(projection.processingGroup());
        this.nodeId = "replay-" + projection.processingGroup() + "-" + UUID.randomUUID();
        this.jdbc = resources.jdbc();
        this.transaction = resources.transaction();
        this.liveDataSource = resources.liveDataSource();
        this.eventStore = resources.eventStore();
        this.serializer = resources.serializer();
        this.tokenSchema = resources.tokenSchema();
        this.deadLetterSchema = resources.deadLetterSchema();
        this.tokens = resources.tokens();
        this.live = live;
        this.afterSwitch = afterSwitch;
        this.clock = resources.clock();
        this.started = clock.instant();
    }

    static String copyProcessorName(String group) {
        return group + ".replay";
    }

    String group() {
        return projection.processingGroup();
    }

    boolean active() {
        Phase now = phase;
        return now == Phase.BUILDING || now == Phase.SWITCHING;
    }

    ReplayProgress progress() {
        Phase now = phase;
        return new ReplayProgress(now.name().toLowerCase(Locale.ROOT), position, head,
                eventsPerSecond, now == Phase.BUILDING ? estimatedFinish : null, started,
                finished, failure);
    }

    /**
     * Claims the rebuild for this node and lays out the empty copy, in one transaction under a lock of the group:
     * a rebuild another node is running (its copy's token claimed lately, or the live token taken over for a
     * switch) is refused; what a dead one left is cleared.
     *
     * @return false when another node is rebuilding this projection
     */
    boolean prepare() {
        Boolean prepared = transaction.execute(status -> {
            jdbc.query("SELECT pg_advisory_xact_lock(hashtext(?))", rs -> null, "replay:" + group());
            if (runningElsewhere()) {
                return false;
            }
            clearLeftovers();
            jdbc.execute(CopySql.createSchema(schema));
            for (String table : projection.tables()) {
                jdbc.execute(CopySql.createCopy(schema, table));
            }
            for (String table : projection.tables()) {
                List<String> keys = jdbc.query("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                                + " WHERE conrelid = ?::regclass AND contype = 'f' ORDER BY conname",
                        (rs, n) -> CopySql.copyForeignKey(schema, table, rs.getString(1), rs.getString(2),
                                projection.tables()),
                        CopySql.LIVE_SCHEMA + "." + CopySql.identifier(table));
                keys.forEach(jdbc::execute);
            }
            // The copy's token row, claimed by its processor-to-be: from now on the rebuild is visible to every
            // node. A null token reads the stream from its first event.
            jdbc.update("INSERT INTO " + tokenSchema.tokenTable()
                    + " (processorName, segment, token, tokenType, timestamp, owner) VALUES (?, 0, NULL, NULL, ?, ?)",
                    copyProcessor, now(), nodeId);
            return true;
        });
        return Boolean.TRUE.equals(prepared);
    }

    private boolean runningElsewhere() {
        Instant recent = clock.instant().minus(STALE);
        return tokens.sql(copyProcessor).stream().anyMatch(s -> s.claimedSince(recent))
                || tokens.sql(group()).stream()
                .anyMatch(s -> SWITCH_OWNER.equals(s.owner()) && s.claimedSince(recent));
    }

    /** What an earlier rebuild of the group left behind when its node died. */
    private void clearLeftovers() {
        jdbc.execute(CopySql.dropSchema(schema));
        jdbc.update("DELETE FROM " + tokenSchema.tokenTable() + " WHERE processorName = ?", copyProcessor);
        jdbc.update("UPDATE " + tokenSchema.tokenTable() + " SET owner = NULL WHERE processorName = ? AND owner = ?",
                group(), SWITCH_OWNER);
    }

    /**
     * The rebuild. Its phase becomes done or failed only once everything is cleared up and the caches are
     * emptied, so a reader told "done" gets the new answers, and a next replay never races this one's clean-up.
     */
    @Override
    public void run() {
        HikariDataSource pool = null;
        boolean liveStopped = false;
        boolean stolen = false;
        boolean switched = false;
        String failed = null;
        try {
            pool = copyPool();
            copy = copyProcessor(pool);
            copy.start();
            awaitCopy(() -> position >= head - SWITCH_LAG, null);

            phase = Phase.SWITCHING;
            live.shutDown();
            liveStopped = true;
            steal();
            stolen = true;
            long livePosition = tokens.sql(group()).stream().mapToLong(StoredTokens.Segment::position).min().orElse(0L);
            awaitCopy(() -> position >= livePosition, CATCH_UP_TIMEOUT);
            copy.shutDown();
            sample();
            steal();
            switchOver();
            switched = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed = "interrupted";
        } catch (RuntimeException e) {
            LOG.warn("Replay of projection {} failed; its live tables are unchanged", group(), e);
            failed = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } finally {
            if (copy != null) {
                copy.shutDown();
            }
            if (stolen && !switched) {
                release();
            }
            if (liveStopped) {
                live.start();
            }
            dropCopy();
            if (pool != null) {
                pool.close();
            }
            if (switched) {
                emptyCaches();
            }
        }
        finish(switched ? Phase.DONE : Phase.FAILED, failed);
        if (switched) {
            LOG.info("Projection {} rebuilt and switched at position {} in {} ms ({} events/s)", group(), position,
                    Duration.between(started, finished).toMillis(),
                    eventsPerSecond == null ? "-" : String.format(Locale.ROOT, "%.0f", eventsPerSecond));
        }
    }

    private void emptyCaches() {
        try {
            afterSwitch.run();
        } catch (RuntimeException e) {
            LOG.warn("Projection {} switched, but a cache of its answers could not be emptied; it expires", group(), e);
        }
    }

    private void finish(Phase outcome, String message) {
        failure = message;
        finished = clock.instant();
        phase = outcome;
    }

    /** A small pool of its own whose connections find the copy before the live schema. */
    private HikariDataSource copyPool() {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("replay-" + group());
        pool.setJdbcUrl(liveDataSource.getJdbcUrl());
        pool.setUsername(liveDataSource.getUsername());
        pool.setPassword(liveDataSource.getPassword());
        pool.setDataSourceProperties(liveDataSource.getDataSourceProperties());
        if (liveDataSource.getDriverClassName() != null) {
            pool.setDriverClassName(liveDataSource.getDriverClassName());
        }
        pool.setMaximumPoolSize(2);
        pool.setMinimumIdle(0);
        pool.setConnectionInitSql("SET search_path TO " + schema + ", " + CopySql.LIVE_SCHEMA);
        return pool;
    }

    /**
     * The copy's processor, configured as the live one (one segment, batches of 200 with the token, a failing
     * handler retrying its batch) over fresh projectors, and nothing else of the group: the caches are emptied
     * once after the switch, not fed by the copy.
     */
    private TrackingEventProcessor copyProcessor(HikariDataSource pool) {
        List<Object> projectors = projection.projectors().apply(new NamedParameterJdbcTemplate(pool));
        JdbcTokenStore tokenStore = JdbcTokenStore.builder()
                .connectionProvider(new SpringDataSourceConnectionProvider(pool))
                .serializer(serializer)
                .schema(tokenSchema)
                .nodeId(nodeId)
                .build();
        return TrackingEventProcessor.builder()
                .name(copyProcessor)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                        .eventHandlers(projectors)
                        .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                        .build())
                .messageSource(eventStore)
                .tokenStore(tokenStore)
                .transactionManager(new SpringTransactionManager(new DataSourceTransactionManager(pool)))
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialSegmentsCount(1)
                        .andBatchSize(200))
                .build();
    }

    /** Waits until the copy meets the condition, sampling its progress and keeping a taken-over token claimed. */
    private void awaitCopy(BooleanSupplier reached, Duration timeout) throws InterruptedException {
        Instant deadline = timeout == null ? null : clock.instant().plus(timeout);
        Instant renewed = clock.instant();
        while (true) {
            sample();
            if (reached.getAsBoolean()) {
                return;
            }
            if (deadline != null && clock.instant().isAfter(deadline)) {
                throw new IllegalStateException("The copy did not reach the live position within " + timeout);
            }
            failingSince = copy.isError() ? (failingSince == null ? clock.instant() : failingSince) : null;
            if (failingSince != null && clock.instant().isAfter(failingSince.plus(FAILING_COPY))) {
                throw new IllegalStateException("The copy's handlers kept failing for " + FAILING_COPY);
            }
            if (phase == Phase.SWITCHING && clock.instant().isAfter(renewed.plus(SWITCH_CLAIM_RENEWAL))) {
                steal();
                renewed = clock.instant();
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private void sample() {
        long at = tokens.sql(copyProcessor).stream().mapToLong(StoredTokens.Segment::position).min().orElse(0L);
        long end = eventStore.createHeadToken() == null ? 0L : eventStore.createHeadToken().position().orElse(0L);
        Instant now = clock.instant();
        // The copy reads from the first event, so its position is the events it has been through since the start.
        double seconds = Duration.between(started, now).toMillis() / 1000.0;
        if (seconds > 0 && at > 0) {
            double rate = at / seconds;
            eventsPerSecond = rate;
            estimatedFinish = now.plusMillis((long) (Math.max(0, end - at) / rate * 1000));
        }
        position = at;
        head = end;
    }

    /**
     * Takes the live projection's token rows over for the switch, whoever holds them: a node processing a batch
     * of it fails to store its token and rolls the batch back, and no node claims the rows while the claim is
     * renewed. Renewed by {@link #awaitCopy} until the switch.
     */
    private void steal() {
        transaction.executeWithoutResult(status -> jdbc.update("UPDATE " + tokenSchema.tokenTable()
                + " SET owner = ?, timestamp = ? WHERE processorName = ?", SWITCH_OWNER, now(), group()));
    }

    private void release() {
        try {
            transaction.executeWithoutResult(status -> jdbc.update("UPDATE " + tokenSchema.tokenTable()
                    + " SET owner = NULL WHERE processorName = ? AND owner = ?", group(), SWITCH_OWNER));
        } catch (RuntimeException e) {
            LOG.warn("Could not release projection {}'s token; its claim times out instead", group(), e);
        }
    }

    /**
     * The switch, one transaction: the live tables take the copy's rows, the live token the copy's position. Its
     * token rows must still be the switch's (a claim left to time out could have gone to another node).
     */
    private void switchOver() {
        transaction.executeWithoutResult(status -> {
            List<String> owners = jdbc.queryForList("SELECT owner FROM " + tokenSchema.tokenTable()
                    + " WHERE processorName = ? FOR UPDATE", String.class, group());
            if (owners.stream().anyMatch(owner -> !SWITCH_OWNER.equals(owner))) {
                throw new IllegalStateException("Another node took projection " + group() + " during the switch");
            }
            List<CopySql.TableShape> shapes = projection.tables().stream().map(this::shape).toList();
            for (String statement : CopySql.switchStatements(schema, shapes)) {
                jdbc.update(statement);
            }
            for (String statement : CopySql.tokenStatements(tokenSchema.tokenTable())) {
                jdbc.update(statement, copyProcessor, now(), group());
            }
            // The copy handled every event the live processor parked (a failing one would have stopped it), so
            // the live letters are settled by this switch; left behind, a retry would apply them a second time.
            jdbc.update("DELETE FROM " + deadLetterSchema.deadLetterTable() + " WHERE "
                    + deadLetterSchema.processingGroupColumn() + " = ?", group());
        });
    }

    private CopySql.TableShape shape(String table) {
        String qualified = CopySql.LIVE_SCHEMA + "." + CopySql.identifier(table);
        List<String> columns = jdbc.queryForList("""
                SELECT attname FROM pg_attribute
                 WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
                 ORDER BY attnum
                """, String.class, qualified);
        List<String> keys = jdbc.queryForList("""
                SELECT a.attname FROM pg_index i
                  JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                 WHERE i.indrelid = ?::regclass AND i.indisprimary
                 ORDER BY array_position(i.indkey::int2[], a.attnum)
                """, String.class, qualified);
        return new CopySql.TableShape(table, columns, keys);
    }

    private void dropCopy() {
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.execute(CopySql.dropSchema(schema));
                jdbc.update("DELETE FROM " + tokenSchema.tokenTable() + " WHERE processorName = ?", copyProcessor);
            });
        } catch (RuntimeException e) {
            LOG.warn("Could not drop the copy of projection {}; the next replay clears it", group(), e);
        }
    }

    private String now() {
        return DateTimeUtils.formatInstant(clock.instant());
    }

    /** What every rebuild uses of the node: the live database, the event store, Axon's token layout. */
    record ReplayResources(JdbcTemplate jdbc, TransactionTemplate transaction, HikariDataSource liveDataSource,
                           EventStore eventStore, Serializer serializer, TokenSchema tokenSchema,
                           DeadLetterSchema deadLetterSchema, StoredTokens tokens, Clock clock) {
    }
}
