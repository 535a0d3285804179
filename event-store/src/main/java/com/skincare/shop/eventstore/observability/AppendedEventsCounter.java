package com.skincare.shop.eventstore.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Counts events published to the event store by this node ({@code shop.events.appended}, tagged with the
 * event's simple class name; {@code shop_events_appended_total} in Prometheus). An event published in a unit of
 * work counts when that commits, so a refused or rolled-back command counts nothing.
 */
class AppendedEventsCounter implements MessageDispatchInterceptor<EventMessage<?>> {

    static final String COUNTER = "shop.events.appended";

    private final MeterRegistry meters;

    AppendedEventsCounter(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> {
            Counter counter = Counter.builder(COUNTER)
                    .description("Events appended to the event store by this node")
                    .tag("event", event.getPayloadType().getSimpleName())
                    .register(meters);
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().afterCommit(u -> counter.increment());
            } else {
                counter.increment();
            }
            return event;
        };
    }
}
