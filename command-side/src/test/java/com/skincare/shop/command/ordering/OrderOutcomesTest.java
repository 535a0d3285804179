package com.skincare.shop.command.ordering;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.skincare.shop.command.ordering.OrderFixtures.ORDER;
import static com.skincare.shop.command.ordering.OrderFixtures.orderConfirmed;
import static com.skincare.shop.command.ordering.OrderFixtures.orderPlaced;
import static com.skincare.shop.command.ordering.OrderFixtures.orderRejected;
import static org.assertj.core.api.Assertions.assertThat;

/** The wait of {@code POST /api/v1/orders} for the checkout's decision, on the order's own events. */
class OrderOutcomesTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final OrderOutcomes outcomes = new OrderOutcomes(store);

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    private void append(long sequence, Object event) {
        store.publish(new GenericDomainEventMessage<>("Order", ORDER.toString(), sequence, event));
    }

    @Test
    void aDecidedOrderIsAnsweredAtOnce() {
        append(0, orderPlaced());
        append(1, orderRejected("INSUFFICIENT_STOCK"));

        OrderOutcome outcome = outcomes.await(ORDER, Duration.ofSeconds(30));

        assertThat(outcome.decided()).isTrue();
        assertThat(outcome.rejected().reasonCode()).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(outcome.placed()).isEqualTo(orderPlaced());
    }

    @Test
    void anUndecidedOrderIsAnsweredAsItStandsWhenTheWaitRunsOut() {
        append(0, orderPlaced());
        long started = System.nanoTime();

        OrderOutcome outcome = outcomes.await(ORDER, Duration.ofMillis(150));

        assertThat(outcome.decided()).isFalse();
        assertThat(outcome.placed()).isEqualTo(orderPlaced());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(150),
                Duration.ofSeconds(5));
    }

    @Test
    void aDecisionThatComesWhileWaitingEndsTheWait() throws Exception {
        append(0, orderPlaced());
        CompletableFuture<OrderOutcome> waiting = CompletableFuture.supplyAsync(
                () -> outcomes.await(ORDER, Duration.ofSeconds(30)));
        Thread.sleep(50);
        append(1, orderConfirmed("0.00", "116.00", null));

        OrderOutcome outcome = waiting.get(10, TimeUnit.SECONDS);

        assertThat(outcome.confirmed().totals().total()).isEqualByComparingTo("116.00");
        assertThat(OrderAnswer.of(outcome).status().code()).isEqualTo("confirmed");
    }
}
