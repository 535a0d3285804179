package com.skincare.shop.projections.deadletters;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What happens to an event its projector failed on.
 * <ul>
 *   <li>A failure of the database itself, that the same event will not meet again once the database answers
 *   ({@link TransientFailures}: a lost connection, a deadlock, a timeout, a serialization failure, the server
 *   shutting down), is thrown on: the batch rolls back and the processor tries it again after a pause, as
 *   before. Parking such an event would park every event of the outage.</li>
 *   <li>A foreign key whose parent row is missing may only be late: the parent can belong to another
 *   projection's processor that has not written it yet (a cart line whose product the catalog is still writing).
 *   The batch is tried again, as before, up to {@value #LATE_PARENT_ATTEMPTS} times for the same event (with the
 *   processor's pauses, doubling from a second, some fifteen seconds); a parent still missing then is parked.</li>
 *   <li>Anything else (a unique or check constraint the row violates, a handler bug, an event the projector does
 *   not understand) would fail the same way every time: the handler's writes are rolled back to the event's
 *   savepoint and the event is parked with its cause, in the batch's transaction. A SQL projection's batch has
 *   savepoints only after a failure ({@link SavepointsAfterFailure}): without one the batch is failed instead,
 *   its transaction being unusable, and tried again with them.</li>
 *   <li>On a retry the letter is requeued with one retry more in its diagnostics, whatever the failure.</li>
 * </ul>
 */
final class ProjectionEnqueuePolicy implements EnqueuePolicy<EventMessage<?>> {

    static final int LATE_PARENT_ATTEMPTS = 5;
    private static final int REMEMBERED_EVENTS = 1024;

    /** The savepoints of a SQL projection; none for a projection without a transaction, which parks at once. */
    private final SavepointsAfterFailure savepoints;
    /** Events that met a missing parent, by id, with their attempts; per node, bounded, oldest forgotten first. */
    private final Map<String, Integer> lateParentAttempts = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                    return size() > REMEMBERED_EVENTS;
                }
            });

    private ProjectionEnqueuePolicy(SavepointsAfterFailure savepoints) {
        this.savepoints = savepoints;
    }

    /** For a projection writing in the processor's transaction. */
    static ProjectionEnqueuePolicy withSavepoints(SavepointsAfterFailure savepoints) {
        return new ProjectionEnqueuePolicy(savepoints);
    }

    /** For a projection that writes without a transaction, where nothing can be, nor needs to be, undone. */
    static ProjectionEnqueuePolicy withoutTransaction() {
        return new ProjectionEnqueuePolicy(null);
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (letter instanceof JdbcDeadLetter<?>) {
            return Decisions.requeue(ThrowableCause.truncated(cause), retried -> retried.diagnostics()
                    .and(ProjectionDeadLetters.RETRIES, retries(retried.diagnostics()) + 1));
        }
        if (TransientFailures.isTransient(cause)) {
            throw new TransientProjectionFailure(cause);
        }
        if (TransientFailures.isMissingParent(cause)
                && lateParentAttempts.merge(letter.message().getIdentifier(), 1, Integer::sum) < LATE_PARENT_ATTEMPTS) {
            // The attempt is counted in a fast batch too, so a late parent is tried as often as it always was.
            retryCarefully();
            throw new TransientProjectionFailure(cause);
        }
        if (savepoints != null && !savepoints.rollBackCurrentEvent()) {
            retryCarefully();
            throw new RetryWithSavepoints(cause);
        }
        lateParentAttempts.remove(letter.message().getIdentifier());
        return Decisions.enqueue(ThrowableCause.truncated(cause));
    }

    private void retryCarefully() {
        if (savepoints != null) {
            savepoints.retryCarefully();
        }
    }

    static long retries(MetaData diagnostics) {
        return diagnostics.get(ProjectionDeadLetters.RETRIES) instanceof Number number ? number.longValue() : 0L;
    }

    /** Carries a transient failure out of the policy, so that the processor fails the batch and tries it again. */
    static final class TransientProjectionFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TransientProjectionFailure(Throwable cause) {
            super("Projection failed on a transient database error; the batch is tried again", cause);
        }
    }

    /**
     * Fails a batch that ran without savepoints on an event to be parked: its transaction may be unusable, so the
     * processor rolls the batch back and tries it again with a savepoint per event.
     */
    static final class RetryWithSavepoints extends RuntimeException {

        private static final long serialVersionUID = 1L;

        RetryWithSavepoints(Throwable cause) {
            super("Projection failed on an event of a batch without savepoints; the batch is tried again with a "
                    + "savepoint per event", cause);
        }
    }
}
