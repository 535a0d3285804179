package com.skincare.shop.projections.deadletters;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.DeadLetterQueueOverflowException;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.NoSuchDeadLetterException;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A projection's queue with its two meters, {@value ProjectionDeadLetters#WAITING_METRIC} (the letters in the
 * store now) and {@value ProjectionDeadLetters#ENQUEUED_METRIC} (letters this node parked, counted once the
 * transaction that parked them committed). It also parks an event only once: a processor without a transaction
 * that is given a batch again would otherwise queue an event behind its own letter.
 */
final class MeteredDeadLetterQueue implements SequencedDeadLetterQueue<EventMessage<?>> {

    private final SequencedDeadLetterQueue<EventMessage<?>> delegate;
    private final Counter enqueued;

    MeteredDeadLetterQueue(String group, SequencedDeadLetterQueue<EventMessage<?>> delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.enqueued = Counter.builder(ProjectionDeadLetters.ENQUEUED_METRIC)
                .description("Events a projection could not handle and parked, or queued behind one, on this node")
                .tag("projection", group)
                .register(registry);
        Gauge.builder(ProjectionDeadLetters.WAITING_METRIC, delegate, SequencedDeadLetterQueue::size)
                .description("Dead letters waiting in a projection's queue")
                .tag("projection", group)
                .strongReference(true)
                .register(registry);
    }

    @Override
    public void enqueue(Object sequenceIdentifier, DeadLetter<? extends EventMessage<?>> letter)
            throws DeadLetterQueueOverflowException {
        if (alreadyParked(sequenceIdentifier, letter.message().getIdentifier())) {
            return;
        }
        delegate.enqueue(sequenceIdentifier, letter);
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> enqueued.increment());
        } else {
            enqueued.increment();
        }
    }

    private boolean alreadyParked(Object sequenceIdentifier, String eventIdentifier) {
        for (DeadLetter<? extends EventMessage<?>> parked : delegate.deadLetterSequence(sequenceIdentifier)) {
            if (parked.message().getIdentifier().equals(eventIdentifier)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void evict(DeadLetter<? extends EventMessage<?>> letter) {
        delegate.evict(letter);
    }

    @Override
    public void requeue(DeadLetter<? extends EventMessage<?>> letter,
                        UnaryOperator<DeadLetter<? extends EventMessage<?>>> letterUpdater)
            throws NoSuchDeadLetterException {
        delegate.requeue(letter, letterUpdater);
    }

    @Override
    public boolean contains(Object sequenceIdentifier) {
        return delegate.contains(sequenceIdentifier);
    }

    @Override
    public Iterable<DeadLetter<? extends EventMessage<?>>> deadLetterSequence(Object sequenceIdentifier) {
        return delegate.deadLetterSequence(sequenceIdentifier);
    }

    @Override
    public Iterable<Iterable<DeadLetter<? extends EventMessage<?>>>> deadLetters() {
        return delegate.deadLetters();
    }

    @Override
    public boolean isFull(Object sequenceIdentifier) {
        return delegate.isFull(sequenceIdentifier);
    }

    @Override
    public long size() {
        return delegate.size();
    }

    @Override
    public long sequenceSize(Object sequenceIdentifier) {
        return delegate.sequenceSize(sequenceIdentifier);
    }

    @Override
    public long amountOfSequences() {
        return delegate.amountOfSequences();
    }

    @Override
    public boolean process(Predicate<DeadLetter<? extends EventMessage<?>>> sequenceFilter,
                           Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> task) {
        return delegate.process(sequenceFilter, task);
    }

    @Override
    public void clear() {
        delegate.clear();
    }
}
