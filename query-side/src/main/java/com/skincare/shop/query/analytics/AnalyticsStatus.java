package com.skincare.shop.query.analytics;

import com.skincare.shop.projections.analytics.AnalyticsProcessing;
import com.skincare.shop.projections.analytics.AnalyticsStore;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.springframework.stereotype.Service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the ML service's side of the shop is doing: whether the analytics database answers, how far its processors
 * have read the event store, and how many documents each collection holds.
 */
@Service
public class AnalyticsStatus {

    private static final List<String> GROUPS = List.of(AnalyticsProcessing.USER_ANALYTICS,
            AnalyticsProcessing.SEARCH_ANALYTICS, AnalyticsProcessing.PERFORMANCE_METRICS);
    private static final List<String> COLLECTIONS = List.of(AnalyticsStore.USER_ANALYTICS,
            AnalyticsStore.SEARCH_ANALYTICS, AnalyticsStore.PERFORMANCE_METRICS);

    private final AnalyticsStore store;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    public AnalyticsStatus(AnalyticsStore store, EventProcessingConfiguration processing, EventStore eventStore) {
        this.store = store;
        this.processing = processing;
        this.eventStore = eventStore;
    }

    public boolean storeAnswers() {
        try {
            store.database().runCommand(new Document("ping", 1));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public List<ProcessorView> processors() {
        long head = positionOf(eventStore.createHeadToken());
        return GROUPS.stream()
                .map(group -> processing.eventProcessor(group, StreamingEventProcessor.class)
                        .map(p -> view(p, head)))
                .flatMap(Optional::stream)
                .toList();
    }

    public Map<String, Long> documentCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        COLLECTIONS.forEach(name -> counts.put(name, store.collection(name).countDocuments()));
        return counts;
    }

    private static ProcessorView view(StreamingEventProcessor processor, long head) {
        long position = processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(p -> p.orElse(0L))
                .min()
                .orElse(0L);
        boolean failing = processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState);
        return new ProcessorView(processor.getName(), processor.isRunning(), failing, processor.isReplaying(),
                position, Math.max(0, head - position));
    }

    private static long positionOf(TrackingToken token) {
        return token == null ? 0L : token.position().orElse(0L);
    }

    /** One analytics processor: running, failing (retrying a batch), replaying, its position and lag. */
    public record ProcessorView(String name, boolean running, boolean failing, boolean replaying, long position,
                                long lag) {
    }
}
