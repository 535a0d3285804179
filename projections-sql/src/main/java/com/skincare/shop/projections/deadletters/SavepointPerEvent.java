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

/**
 * A savepoint before each event of a SQL projection's batch, so that an event its projector fails on can be
 * undone alone and parked while the batch's transaction goes on: PostgreSQL refuses every further statement of a
 * transaction in which one failed, the dead letter's own insert included (Axon's DLQ does not do this by itself;
 * AxonFramework issue 3289 documents that its dead-lettering fails for database errors).
 * <p>
 * The processor's interceptors wrap the dead-lettering invoker, so the failure never reaches this interceptor:
 * {@link ProjectionEnqueuePolicy}, called between the failure and the enqueue, rolls back to the savepoint kept in
 * the unit of work. Retries have a savepoint per letter from their own transaction manager, so none is set here.
 */
final class SavepointPerEvent implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String SAVEPOINT = SavepointPerEvent.class.getName() + ".savepoint";

    private final ConnectionProvider connections;

    SavepointPerEvent(ConnectionProvider connections) {
        this.connections = connections;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork,
                         InterceptorChain interceptorChain) throws Exception {
        if (unitOfWork.resources().containsKey(DeadLetter.class.getName())) {
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
     * Undoes what the handlers wrote for the current event. Without a savepoint (a processor without a
     * transaction) there is nothing to undo.
     */
    static void rollBackCurrentEvent(ConnectionProvider connections) {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        Object savepoint = CurrentUnitOfWork.get().resources().remove(SAVEPOINT);
        if (!(savepoint instanceof Savepoint held)) {
            return;
        }
        try (Connection connection = connections.getConnection()) {
            connection.rollback(held);
            connection.releaseSavepoint(held);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not roll the failed event back to its savepoint", e);
        }
    }
}
