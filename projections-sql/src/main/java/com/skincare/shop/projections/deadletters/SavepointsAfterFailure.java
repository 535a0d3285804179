package com.skincare.shop.projections.deadletters;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A savepoint before each event of a SQL projection's batch, but only in the batch after one that failed: a
 * failing event must be undone alone to be parked while the batch's transaction goes on (PostgreSQL refuses every
 * further statement of a transaction in which one failed, the dead letter's own insert included; AxonFramework
 * issue 3289), yet two round trips per event cost a replaying processor two thirds of its rate.
 * <p>
 * So a segment runs fast, without savepoints. When a handler fails there, {@link ProjectionEnqueuePolicy} finds no
 * savepoint, marks the segment careful ({@link #retryCarefully()}) and throws: the batch rolls back as a
 * whole and the processor tries it again after its pause. That next batch of the segment, from the same token,
 * runs careful, with a savepoint per event, and the failing event is parked as it always was. Once a careful batch
 * has committed the segment runs fast again; a careful batch that fails again (a transient failure, a parent still
 * missing) leaves it careful. The mode is per segment, so the inventory's other segments keep their speed, and per
 * node: another node that takes the segment over fails once fast itself.
 * <p>
 * The processors are named after their groups, so the segment is found in the batch's resources under the key
 * Axon's streaming processors put it. Retries have a savepoint per letter from their own transaction manager, so
 * none is set here.
 */
final class SavepointsAfterFailure implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String SAVEPOINT = SavepointsAfterFailure.class.getName() + ".savepoint";
    private static final String CAREFUL_BATCH = SavepointsAfterFailure.class.getName() + ".careful";
    /** Where neither processor put a segment: the processor's one stream. */
    private static final Object WHOLE_STREAM = "whole-stream";

    private final ConnectionProvider connections;
    private final String segmentKey;
    private final Set<Object> carefulSegments = ConcurrentHashMap.newKeySet();

    SavepointsAfterFailure(String processor, ConnectionProvider connections) {
        this.segmentKey = "Processor[" + processor + "]/SegmentId";
        this.connections = connections;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork,
                         InterceptorChain interceptorChain) throws Exception {
        if (unitOfWork.resources().containsKey(DeadLetter.class.getName()) || !careful(unitOfWork)) {
            return interceptorChain.proceed();
        }
        Connection connection = connections.getConnection();
        try {
            Savepoint savepoint = connection.setSavepoint();
            unitOfWork.resources().put(SAVEPOINT, savepoint);
            Object result = interceptorChain.proceed();
            if (unitOfWork.resources().remove(SAVEPOINT) != null) {
                connection.releaseSavepoint(savepoint);
            }
            return result;
        } finally {
            unitOfWork.resources().remove(SAVEPOINT);
            connection.close();
        }
    }

    /**
     * Whether this batch runs with savepoints, decided at its first event so that the whole batch runs one way.
     * A careful batch hands its segment back to fast mode when it commits.
     */
    private boolean careful(UnitOfWork<? extends EventMessage<?>> unitOfWork) {
        Object known = unitOfWork.resources().get(CAREFUL_BATCH);
        if (known != null) {
            return (Boolean) known;
        }
        Object segment = segment(unitOfWork);
        boolean careful = carefulSegments.contains(segment);
        unitOfWork.resources().put(CAREFUL_BATCH, careful);
        if (careful) {
            unitOfWork.root().afterCommit(committed -> carefulSegments.remove(segment));
        }
        return careful;
    }

    private Object segment(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().resources().getOrDefault(segmentKey, WHOLE_STREAM);
    }

    /**
     * Undoes what the handlers wrote for the current event.
     *
     * @return false when the event ran without a savepoint (a fast batch), which cannot go on
     */
    boolean rollBackCurrentEvent() {
        if (!CurrentUnitOfWork.isStarted()) {
            return false;
        }
        Object savepoint = CurrentUnitOfWork.get().resources().remove(SAVEPOINT);
        if (!(savepoint instanceof Savepoint held)) {
            return false;
        }
        try (Connection connection = connections.getConnection()) {
            connection.rollback(held);
            connection.releaseSavepoint(held);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not roll the failed event back to its savepoint", e);
        }
        return true;
    }

    /** The current batch fails: its segment's next batch runs with savepoints, and so on until one commits. */
    void retryCarefully() {
        carefulSegments.add(CurrentUnitOfWork.isStarted() ? segment(CurrentUnitOfWork.get()) : WHOLE_STREAM);
    }
}
