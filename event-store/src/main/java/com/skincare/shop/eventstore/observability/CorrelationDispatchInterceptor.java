package com.skincare.shop.eventstore.observability;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.slf4j.MDC;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Gives a message sent while a request runs the request's correlation id. A message sent while another is
 * handled already has it from Axon's correlation data (see {@link MessagingObservabilityAutoConfiguration}); that
 * one is kept, so a saga's command carries the id of the request that started the chain.
 */
class CorrelationDispatchInterceptor<T extends Message<?>> implements MessageDispatchInterceptor<T> {

    @Override
    @SuppressWarnings("unchecked")
    public BiFunction<Integer, T, T> handle(List<? extends T> messages) {
        return (index, message) -> {
            if (message.getMetaData().containsKey(CorrelationIds.METADATA_KEY)) {
                return message;
            }
            String id = MDC.get(CorrelationIds.MDC_KEY);
            return id == null ? message : (T) message.andMetaData(Map.of(CorrelationIds.METADATA_KEY, id));
        };
    }
}
