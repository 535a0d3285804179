package com.skincare.shop.command.ordering;

import com.skincare.shop.api.ordering.OrderConfirmedEvent;
import com.skincare.shop.api.ordering.OrderId;
import com.skincare.shop.api.ordering.OrderPlacedEvent;
import com.skincare.shop.api.ordering.OrderRejectedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Iterator;

/**
 * Waits for the checkout's decision on an order by reading the order's own events from the event store: the
 * command side reading its own truth, not a projection, so the answer is right whichever node's saga decides
 * and however far the read models lag. Polls every {@value #PAUSE_MILLIS} ms for the first second, where nearly every
 * decision falls and each poll is one indexed read of a few rows whose types alone tell, then every
 * {@value #SLOW_PAUSE_MILLIS} ms.
 */
@Component
public class OrderOutcomes {

    private static final long PAUSE_MILLIS = 5;
    private static final long SLOW_PAUSE_MILLIS = 50;
    private static final long FAST_POLLING_NANOS = Duration.ofSeconds(1).toNanos();

    private final EventStore events;

    public OrderOutcomes(EventStore events) {
        this.events = events;
    }

    /**
     * The order as it stands once decided, or as it stands when {@code wait} runs out. The order must have been
     * placed (its receipt is in hand), so its first event is there.
     */
    public OrderOutcome await(OrderId order, Duration wait) {
        long started = System.nanoTime();
        long deadline = started + wait.toNanos();
        OrderOutcome outcome = read(order);
        boolean decided = outcome.decided();
        while (!decided && System.nanoTime() < deadline) {
            long now = System.nanoTime();
            long pause = now - started < FAST_POLLING_NANOS ? PAUSE_MILLIS : SLOW_PAUSE_MILLIS;
            try {
                Thread.sleep(Math.max(1, Math.min(pause, Duration.ofNanos(deadline - now).toMillis())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return read(order);
            }
            decided = decided(order);
        }
        return outcome.decided() ? outcome : read(order);
    }

    /**
     * Whether the order's events include its decision, by their types alone: a poll deserializes nothing, since
     * the placed event with its lines and addresses is read once, with the decision.
     */
    private boolean decided(OrderId order) {
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(order.toString());
        while (stream.hasNext()) {
            Class<?> type = stream.next().getPayloadType();
            if (type == OrderConfirmedEvent.class || type == OrderRejectedEvent.class) {
                return true;
            }
        }
        return false;
    }

    OrderOutcome read(OrderId order) {
        OrderPlacedEvent placed = null;
        OrderConfirmedEvent confirmed = null;
        OrderRejectedEvent rejected = null;
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(order.toString());
        while (stream.hasNext()) {
            Object payload = stream.next().getPayload();
            if (payload instanceof OrderPlacedEvent event) {
                placed = event;
            } else if (payload instanceof OrderConfirmedEvent event) {
                confirmed = event;
            } else if (payload instanceof OrderRejectedEvent event) {
                rejected = event;
            }
        }
        if (placed == null) {
            throw new IllegalStateException(order + " has no OrderPlacedEvent in the event store");
        }
        return new OrderOutcome(placed, confirmed, rejected);
    }
}
