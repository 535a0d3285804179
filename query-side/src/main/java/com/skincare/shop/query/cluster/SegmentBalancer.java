package com.skincare.shop.query.cluster;

import com.skincare.shop.eventstore.AxonSchemaMigration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shares the projections' segments between the query nodes. Axon lets the first node to start claim every
 * segment and leaves the others idle; here each node beats in {@code axon.query_nodes} every {@code heartbeat},
 * counts the nodes that beat within {@code liveness}, and lets go of the segments it holds beyond its
 * {@link FairShare}, which a node below its share then claims. A node that dies stops beating: the others count
 * one node fewer, their shares grow, and they claim its segments once its claims on them expire (the token
 * stores' claim timeout, which must be longer than {@code liveness} so that the shares have grown by then).
 * <p>
 * The heartbeats are in PostgreSQL rather than Redis: every query node already needs it for the tokens, the
 * database's clock judges every heartbeat, and the launcher, which keeps its Redis in process, runs it the same way.
 */
public class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);
    /** Rows of nodes silent this long are deleted, so the table keeps only the recent nodes. */
    private static final Duration FORGOTTEN_AFTER = Duration.ofMinutes(10);

    private final JdbcTemplate jdbc;
    private final String nodes;
    private final EventProcessingConfiguration processing;
    private final String nodeId;
    private final Duration heartbeat;
    private final Duration liveness;
    private ScheduledExecutorService timer;
    private volatile boolean running;

    public SegmentBalancer(JdbcTemplate jdbc, AxonSchemaMigration axonSchema, EventProcessingConfiguration processing,
                           String nodeId, Duration heartbeat, Duration liveness) {
        this.jdbc = jdbc;
        this.nodes = axonSchema.qualify("query_nodes");
        this.processing = processing;
        this.nodeId = nodeId;
        this.heartbeat = heartbeat;
        this.liveness = liveness;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::balance, 0, heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        running = true;
    }

    /** The node leaves the count at once, so the others take its segments without waiting for it to fall silent. */
    @Override
    public synchronized void stop() {
        running = false;
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
            jdbc.update("DELETE FROM " + nodes + " WHERE node_id = ?", nodeId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Could not remove the heartbeat of {}: {}", nodeId, e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** One round: beat, count the live nodes, and give away or hold off segments to keep to the share. */
    void balance() {
        try {
            jdbc.update("INSERT INTO " + nodes + " (node_id, heartbeat_at) VALUES (?, now())"
                    + " ON CONFLICT (node_id) DO UPDATE SET heartbeat_at = now()", nodeId);
            jdbc.update("DELETE FROM " + nodes + " WHERE heartbeat_at < now() - make_interval(secs => ?)",
                    (double) FORGOTTEN_AFTER.toSeconds());
            Integer live = jdbc.queryForObject("SELECT count(*) FROM " + nodes
                    + " WHERE heartbeat_at > now() - make_interval(secs => ?)", Integer.class,
                    liveness.toMillis() / 1000.0);
            Map<String, StreamingEventProcessor> processors = new HashMap<>();
            Map<String, int[]> segments = new HashMap<>();
            Map<String, Set<Integer>> held = new HashMap<>();
            processing.eventProcessors().forEach((name, processor) -> {
                if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                    processors.put(name, streaming);
                    segments.put(name, processing.tokenStore(name).fetchSegments(name));
                    held.put(name, Set.copyOf(streaming.processingStatus().keySet()));
                }
            });
            FairShare plan = FairShare.of(segments, held, live == null ? 1 : live);
            // Long enough for a node below its share to claim it (its claim interval is shorter), short enough
            // that this node takes it back should nobody else.
            long releaseFor = heartbeat.multipliedBy(3).toMillis();
            plan.release().forEach(s -> processors.get(s.processor())
                    .releaseSegment(s.segment(), releaseFor, TimeUnit.MILLISECONDS));
            // Renewed every round while the node is full, and gone two rounds after it is not.
            long holdOffFor = heartbeat.multipliedBy(2).toMillis();
            plan.holdOff().forEach(s -> processors.get(s.processor())
                    .releaseSegment(s.segment(), holdOffFor, TimeUnit.MILLISECONDS));
            if (!plan.release().isEmpty()) {
                log.info("{} live query nodes, a share of {} segments: {} holds {}, releases {}", live,
                        plan.share(), nodeId, plan.held(), plan.release());
            }
        } catch (RuntimeException e) {
            // The next round tries again; meanwhile the node keeps what it holds.
            log.warn("Segment balancing round failed: {}", e.toString());
        }
    }
}
