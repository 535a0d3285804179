package com.skincare.shop.query.admin.deadletters;

import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.ResultPage;
import com.skincare.shop.projections.Projection;
import com.skincare.shop.projections.deadletters.ProjectionDeadLetters;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The dead-letter queues of the projections, read and worked through Axon's own API: the queue for listing and
 * dropping, the processing group's {@link SequencedDeadLetterProcessor} for retries, which runs the projection's
 * handlers on the letters in order and removes each one handled.
 * <p>
 * Any query node may do this, whichever node runs the processor: the letters are in PostgreSQL, a retry claims
 * its sequence there first, and the processor's check for a waiting sequence reads the store.
 */
@Service
public class ProjectionDeadLetterQueues {

    private final EventProcessingConfiguration processing;
    private final TransactionManager transactionManager;
    private final Set<String> projections;

    public ProjectionDeadLetterQueues(EventProcessingConfiguration processing, TransactionManager transactionManager,
                                      List<Projection> projections) {
        this.processing = processing;
        this.transactionManager = transactionManager;
        this.projections = projections.stream().map(Projection::processingGroup)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Every letter of the projection, sequence by sequence, each sequence in its order. */
    public Optional<ResultPage<DeadLetterView>> page(String projection, PageRequest page) {
        return queue(projection).map(queue -> {
            List<DeadLetterView> all = new ArrayList<>();
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                sequence.forEach(letter -> all.add(view(letter)));
            }
            int from = Math.min(all.size(), (page.page() - 1) * page.limit());
            int to = Math.min(all.size(), from + page.limit());
            return new ResultPage<>(all.subList(from, to), page.page(), page.limit(), all.size());
        });
    }

    /** The letters of one sequence; empty when the projection is unknown or the sequence has none. */
    public Optional<List<DeadLetterView>> sequence(String projection, String sequence) {
        return queue(projection).map(queue -> letters(queue, sequence)).filter(letters -> !letters.isEmpty());
    }

    /**
     * Handles the sequence's letters again, now, in order, up to the first that fails again (which stays, with
     * its new cause and one retry more, and keeps the rest behind it).
     *
     * @return empty when the projection is unknown or the sequence has no letters
     */
    public Optional<RetryOutcome> retry(String projection, String sequence) {
        Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = queue(projection);
        Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processor = processor(projection);
        if (queue.isEmpty() || processor.isEmpty() || !queue.get().contains(sequence)) {
            return Optional.empty();
        }
        boolean cleared = processor.get().process(letter -> inSequence(letter, sequence));
        return Optional.of(new RetryOutcome(projection, 1, cleared ? 1 : 0, queue.get().size()));
    }

    /** Every sequence of the projection once, each as {@link #retry(String, String)} does. */
    public Optional<RetryOutcome> retryAll(String projection) {
        Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = queue(projection);
        Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processor = processor(projection);
        if (queue.isEmpty() || processor.isEmpty()) {
            return Optional.empty();
        }
        List<String> sequences = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.get().deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> first : sequence) {
                sequences.add(sequenceOf(first));
                break;
            }
        }
        int cleared = 0;
        for (String sequence : sequences) {
            if (processor.get().process(letter -> inSequence(letter, sequence))) {
                cleared++;
            }
        }
        return Optional.of(new RetryOutcome(projection, sequences.size(), cleared, queue.get().size()));
    }

    /**
     * Removes every letter of the sequence without handling them: the projection then goes on with the
     * aggregate's next events as if these had never been.
     *
     * @return the number dropped, empty when the projection is unknown or the sequence has no letters
     */
    public Optional<Integer> drop(String projection, String sequence) {
        return queue(projection).flatMap(queue -> {
            List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
            queue.deadLetterSequence(sequence).forEach(letters::add);
            if (letters.isEmpty()) {
                return Optional.empty();
            }
            transactionManager.executeInTransaction(() -> letters.forEach(queue::evict));
            return Optional.of(letters.size());
        });
    }

    /**
     * Removes one letter of the sequence; the letters behind it stay and keep waiting.
     *
     * @return false when there is no such letter in that sequence of that projection
     */
    public boolean dropLetter(String projection, String sequence, String letterId) {
        return queue(projection).map(queue -> {
            for (DeadLetter<? extends EventMessage<?>> letter : queue.deadLetterSequence(sequence)) {
                if (letter instanceof JdbcDeadLetter<?> jdbc && jdbc.getIdentifier().equals(letterId)) {
                    transactionManager.executeInTransaction(() -> queue.evict(letter));
                    return true;
                }
            }
            return false;
        }).orElse(false);
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String projection) {
        return projections.contains(projection) ? processing.deadLetterQueue(projection) : Optional.empty();
    }

    private Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processor(String projection) {
        return projections.contains(projection) ? processing.sequencedDeadLetterProcessor(projection)
                : Optional.empty();
    }

    private static List<DeadLetterView> letters(SequencedDeadLetterQueue<EventMessage<?>> queue, String sequence) {
        List<DeadLetterView> letters = new ArrayList<>();
        queue.deadLetterSequence(sequence).forEach(letter -> letters.add(view(letter)));
        return letters;
    }

    private static boolean inSequence(DeadLetter<? extends EventMessage<?>> letter, String sequence) {
        return sequence.equals(sequenceOf(letter));
    }

    private static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        return letter instanceof JdbcDeadLetter<?> jdbc ? jdbc.getSequenceIdentifier() : null;
    }

    private static DeadLetterView view(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        JdbcDeadLetter<?> jdbc = letter instanceof JdbcDeadLetter<?> j ? j : null;
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        Long position = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().stream().boxed().findFirst().orElse(null) : null;
        Optional<Cause> cause = letter.cause();
        return new DeadLetterView(
                jdbc == null ? null : jdbc.getIdentifier(),
                jdbc == null ? null : jdbc.getSequenceIdentifier(),
                jdbc == null ? 0L : jdbc.getSequenceIndex(),
                event.getIdentifier(),
                event.getPayloadType().getSimpleName(),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(),
                position,
                event.getTimestamp(),
                cause.map(Cause::type).orElse(null),
                cause.map(Cause::message).orElse(null),
                letter.enqueuedAt(),
                letter.lastTouched(),
                letter.diagnostics().get(ProjectionDeadLetters.RETRIES) instanceof Number n ? n.longValue() : 0L);
    }
}
