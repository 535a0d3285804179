package com.skincare.shop.projections.deadletters;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.deadletter.InMemorySequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The fast and careful modes of a SQL projection's segments, with Axon's dead-lettering invoker and a batch run
 * the way a streaming processor runs it (one batching unit of work, the processor's interceptors around each
 * event, rolled back on any failure). The connection only records what is asked of it: which events get a
 * savepoint and which are rolled back to it.
 */
class SavepointsAfterFailureTest {

    private static final String GROUP = "catalog";

    private final Connection connection = mock(Connection.class);
    private final SavepointsAfterFailure savepoints = new SavepointsAfterFailure(GROUP, () -> connection);
    private final SequencedDeadLetterQueue<EventMessage<?>> queue =
            InMemorySequencedDeadLetterQueue.<EventMessage<?>>builder().build();
    private final Projector projector = new Projector();
    private final DeadLetteringEventHandlerInvoker invoker = DeadLetteringEventHandlerInvoker.builder()
            .eventHandlers(projector)
            .queue(queue)
            .enqueuePolicy(ProjectionEnqueuePolicy.withSavepoints(savepoints))
            .transactionManager(NoTransactionManager.instance())
            .build();

    @BeforeEach
    void savepointsAreRecorded() throws SQLException {
        when(connection.setSavepoint()).thenAnswer(invocation -> mock(Savepoint.class));
    }

    @Test
    void batchesRunWithoutSavepointsWhileNothingFails() throws SQLException {
        assertThat(run(0, events("a", "b", "c"))).isNull();
        assertThat(run(0, events("d"))).isNull();

        assertThat(projector.handled).containsExactly("a", "b", "c", "d");
        verify(connection, never()).setSavepoint();
    }

    @Test
    void aFailureFailsTheFastBatchThenTheNextRunsCarefullyAndParksTheEventThenFastAgain() throws SQLException {
        projector.failures.put("bad", () -> new DuplicateKeyException("slug taken",
                new SQLException("duplicate key value violates unique constraint", "23505")));
        List<EventMessage<?>> batch = events("a", "bad", "c");

        assertThat(run(0, batch)).as("failed as a whole, nothing parked on its aborted transaction")
                .isInstanceOf(ProjectionEnqueuePolicy.RetryWithSavepoints.class)
                .hasRootCauseInstanceOf(SQLException.class);
        assertThat(queue.size()).isZero();
        verify(connection, never()).setSavepoint();

        assertThat(run(0, batch)).as("the same batch tried again").isNull();
        verify(connection, times(3)).setSavepoint();
        verify(connection, times(1)).rollback(any(Savepoint.class));
        assertThat(queue.contains("bad")).as("parked").isTrue();
        assertThat(queue.size()).isOne();

        clearInvocations(connection);
        assertThat(run(0, events("d", "e"))).as("after the careful batch committed").isNull();
        verify(connection, never()).setSavepoint();
        assertThat(projector.handled).endsWith("c", "d", "e");
    }

    @Test
    void aTransientFailureFailsTheBatchAndItsRetryStaysFast() throws SQLException {
        projector.failures.put("b", () -> new DataIntegrityViolationException("gone",
                new SQLException("connection lost", "08006")));
        List<EventMessage<?>> batch = events("a", "b");

        assertThat(run(0, batch)).isInstanceOf(ProjectionEnqueuePolicy.TransientProjectionFailure.class);
        projector.failures.clear();
        assertThat(run(0, batch)).isNull();

        verify(connection, never()).setSavepoint();
        assertThat(queue.size()).isZero();
    }

    @Test
    void aMissingParentIsTriedAsOftenAsBeforeAndStaysCarefulUntilParked() throws SQLException {
        projector.failures.put("line", () -> new DataIntegrityViolationException("no product",
                new SQLException("violates foreign key constraint", "23503")));
        List<EventMessage<?>> batch = events("a", "line");

        for (int attempt = 1; attempt < ProjectionEnqueuePolicy.LATE_PARENT_ATTEMPTS; attempt++) {
            assertThat(run(0, batch)).as("attempt %d", attempt)
                    .isInstanceOf(ProjectionEnqueuePolicy.TransientProjectionFailure.class);
        }
        verify(connection, times(2 * (ProjectionEnqueuePolicy.LATE_PARENT_ATTEMPTS - 2))).setSavepoint();
        assertThat(queue.size()).isZero();

        assertThat(run(0, batch)).as("attempt %d", ProjectionEnqueuePolicy.LATE_PARENT_ATTEMPTS).isNull();
        assertThat(queue.contains("line")).isTrue();
        verify(connection, times(1)).rollback(any(Savepoint.class));
    }

    @Test
    void eachSegmentHasItsOwnMode() throws SQLException {
        projector.failures.put("bad", () -> new IllegalStateException("a bug"));

        assertThat(run(0, events("bad"))).isInstanceOf(ProjectionEnqueuePolicy.RetryWithSavepoints.class);
        assertThat(run(1, events("x", "y"))).isNull();
        verify(connection, never()).setSavepoint();

        assertThat(run(0, events("bad"))).isNull();
        verify(connection, times(1)).setSavepoint();
        assertThat(queue.contains("bad")).isTrue();
    }

    /** Runs one batch as a streaming processor does; answers its failure, or null when it committed. */
    private Throwable run(int segment, List<EventMessage<?>> batch) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        unitOfWork.resources().put("Processor[" + GROUP + "]/SegmentId", segment);
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(
                unitOfWork, List.of(savepoints), event -> {
                    invoker.handle(event, Segment.ROOT_SEGMENT);
                    return null;
                }).proceed(), RollbackConfigurationType.ANY_THROWABLE);
        return result.isExceptional() ? result.exceptionResult() : null;
    }

    /** Each event on an aggregate of its own, named after its payload. */
    private static List<EventMessage<?>> events(String... payloads) {
        return Stream.of(payloads).<EventMessage<?>>map(payload ->
                new GenericDomainEventMessage<>("Test", payload, 0, payload)).toList();
    }

    static final class Projector {

        final List<String> handled = new ArrayList<>();
        final Map<String, java.util.function.Supplier<RuntimeException>> failures = new HashMap<>();

        @EventHandler
        void on(String payload) {
            if (failures.containsKey(payload)) {
                throw failures.get(payload).get();
            }
            handled.add(payload);
        }
    }
}
