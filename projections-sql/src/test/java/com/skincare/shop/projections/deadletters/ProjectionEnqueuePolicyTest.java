package com.skincare.shop.projections.deadletters;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.sql.SQLException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which failures of a projector park its event and which fail the batch to be tried again, for a projection that
 * has nothing to roll back. How a SQL projection's savepoints come and go is {@link SavepointsAfterFailureTest}'s.
 */
class ProjectionEnqueuePolicyTest {

    private final ProjectionEnqueuePolicy policy = ProjectionEnqueuePolicy.withoutTransaction();

    @Test
    void aViolatedUniqueOrCheckConstraintOrAHandlerBugIsParkedWithItsCause() {
        DeadLetter<EventMessage<?>> letter = fresh();
        DuplicateKeyException duplicate = new DuplicateKeyException("slug taken",
                new SQLException("duplicate key value violates unique constraint", "23505"));

        EnqueueDecision<EventMessage<?>> decision = policy.decide(letter, duplicate);

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).get().extracting(Throwable::getMessage).isEqualTo("slug taken");
        assertThat(policy.decide(letter, new DataIntegrityViolationException("check",
                new SQLException("violates check constraint", "23514"))).shouldEnqueue()).isTrue();
        assertThat(policy.decide(letter, new IllegalStateException("a bug")).shouldEnqueue()).isTrue();
    }

    @Test
    void aDatabaseOutageFailsTheBatchInsteadOfParkingEveryEvent() {
        DeadLetter<EventMessage<?>> letter = fresh();
        for (Throwable outage : new Throwable[]{
                new CannotGetJdbcConnectionException("pool", new SQLException("refused", "08001")),
                new RuntimeException(new SQLException("connection lost", "08006")),
                new SQLException("deadlock detected", "40P01"),
                new SQLException("could not serialize access", "40001"),
                new SQLException("canceling statement due to statement timeout", "57014"),
                new SQLException("terminating connection due to administrator command", "57P01"),
                new SQLException("too many connections", "53300"),
                new SQLException("could not obtain lock", "55P03")}) {
            assertThatThrownBy(() -> policy.decide(letter, outage)).as(outage.toString())
                    .isInstanceOf(ProjectionEnqueuePolicy.TransientProjectionFailure.class)
                    .hasCause(outage);
        }
    }

    @Test
    void aMissingParentIsTriedAgainAFewTimesThenParked() {
        DeadLetter<EventMessage<?>> letter = fresh();
        SQLException missingProduct = new SQLException("violates foreign key constraint", "23503");
        for (int attempt = 1; attempt < ProjectionEnqueuePolicy.LATE_PARENT_ATTEMPTS; attempt++) {
            assertThatThrownBy(() -> policy.decide(letter, missingProduct)).as("attempt %d", 1)
                    .isInstanceOf(ProjectionEnqueuePolicy.TransientProjectionFailure.class);
        }
        assertThat(policy.decide(letter, missingProduct).shouldEnqueue()).as("still missing: parked").isTrue();
        assertThatThrownBy(() -> policy.decide(letter, missingProduct))
                .as("the count starts again for an event that comes back after a reset")
                .isInstanceOf(ProjectionEnqueuePolicy.TransientProjectionFailure.class);
        assertThatThrownBy(() -> policy.decide(fresh(), missingProduct)).as("counted per event")
                .isInstanceOf(ProjectionEnqueuePolicy.TransientProjectionFailure.class);
    }

    @Test
    void aRetryThatFailsAgainRequeuesTheLetterWithOneRetryMore() {
        EventMessage<?> event = GenericEventMessage.asEventMessage("payload");
        JdbcDeadLetter<EventMessage<?>> parked = new JdbcDeadLetter<>("letter-1", 1, "product-7", Instant.EPOCH,
                Instant.EPOCH, new ThrowableCause("x", "first"), MetaData.with(ProjectionDeadLetters.RETRIES, 2),
                event);

        for (Throwable failure : new Throwable[]{new IllegalStateException("again"),
                new SQLException("connection lost", "08006")}) {
            EnqueueDecision<EventMessage<?>> decision = policy.decide(parked, failure);
            assertThat(decision.shouldEnqueue()).isTrue();
            assertThat(decision.withDiagnostics(parked).diagnostics().get(ProjectionDeadLetters.RETRIES))
                    .isEqualTo(3L);
        }
    }

    private static DeadLetter<EventMessage<?>> fresh() {
        EventMessage<?> event = GenericEventMessage.asEventMessage("payload");
        return new GenericDeadLetter<>("product-7", event);
    }
}
