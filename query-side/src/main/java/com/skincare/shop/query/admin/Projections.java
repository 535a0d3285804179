package com.skincare.shop.query.admin;

import com.skincare.shop.projections.Projection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The streaming event processors of this node, one per projection: their progress, and a replay that rebuilds a
 * projection from the first event. The projection's {@code @ResetHandler}s first clear what the events will
 * write again (the catalog parks its product rows rather than deleting them, since orders and reviews refer
 * to them).
 */
@Service
public class Projections {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Set<String> projections;

    /**
     * @param projections the processing groups that are projections; other processors of the node (the mail
     *                    outbox, say) are neither listed nor replayed
     */
    public Projections(EventProcessingConfiguration processing, EventStore eventStore, List<Projection> projections) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.projections = projections.stream().map(Projection::processingGroup).collect(Collectors.toUnmodifiableSet());
    }

    public List<ProjectionStatus> all() {
        long head = head();
        return projections.stream()
                .map(this::processor)
                .flatMap(Optional::stream)
                .map(p -> status(p, head))
                .sorted(Comparator.comparing(ProjectionStatus::name))
                .toList();
    }

    public Optional<ProjectionStatus> find(String name) {
        return processor(name).map(p -> status(p, head()));
    }

    /**
     * Starts a rebuild and returns at once. Tokens can only be reset while the processor is stopped; the shop
     * keeps answering from the tables meanwhile, which fill again as the replay proceeds.
     *
     * @return false when there is no such projection
     */
    public boolean replay(String name) {
        Optional<StreamingEventProcessor> found = processor(name);
        found.ifPresent(p -> {
            p.shutDown();
            p.resetTokens();
            p.start();
        });
        return found.isPresent();
    }

    private Optional<StreamingEventProcessor> processor(String name) {
        if (!projections.contains(name)) {
            return Optional.empty();
        }
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    private long head() {
        return positionOf(eventStore.createHeadToken());
    }

    private static ProjectionStatus status(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        long position = segments.values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(p -> p.orElse(0L))
                .min()
                .orElse(0L);
        boolean replaying = processor.isReplaying();
        return new ProjectionStatus(processor.getName(), position, head, Math.max(0, head - position), replaying,
                processor.isRunning());
    }

    private static long positionOf(TrackingToken token) {
        return token == null ? 0L : token.position().orElse(0L);
    }
}
