package com.skincare.shop.eventstore.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Counts the events one event processor hands to its handlers ({@code shop.projection.events}, tagged with the
 * processing group; {@code rate(shop_projection_events_total[1m])} is its events/s). A processor skips the events
 * none of its handlers takes without calling interceptors, so they are not counted. Also puts the event's
 * correlation id in the MDC while it is handled, so a projector's or saga's log lines carry the request's id.
 */
class ProcessedEventsCounter implements MessageHandlerInterceptor<EventMessage<?>> {

    static final String COUNTER = "shop.projection.events";

    private final Counter counter;

    ProcessedEventsCounter(MeterRegistry meters, String processingGroup) {
        this.counter = Counter.builder(COUNTER)
                .description("Events handled by the event processor of a processing group")
                .tag("projection", processingGroup)
                .register(meters);
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        counter.increment();
        return CorrelationIds.withCorrelationIdOf(unitOfWork.getMessage(), chain::proceed);
    }
}
