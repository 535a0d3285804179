package com.skincare.shop.eventstore.observability;

import org.axonframework.messaging.Message;
import org.slf4j.MDC;

/**
 * The correlation id of a request: where it is kept while the request runs ({@link #MDC_KEY}, the key the log
 * pattern prints) and under which metadata key it travels with the commands and events the request caused
 * ({@link #METADATA_KEY}). Not Axon's own {@code correlationId} and {@code traceId}: those are message ids, set by
 * {@code MessageOriginProvider} to the message that caused a message and to the first of the chain.
 */
public final class CorrelationIds {

    /** Must equal web-support's {@code CorrelationIdFilter.MDC_KEY}, which puts it there for a request. */
    public static final String MDC_KEY = "correlationId";
    public static final String METADATA_KEY = "requestCorrelationId";

    private CorrelationIds() {
    }

    static String of(Message<?> message) {
        Object value = message.getMetaData().get(METADATA_KEY);
        return value instanceof String id ? id : null;
    }

    /** Runs {@code body} with the message's correlation id in the MDC, restoring what was there before. */
    static <T> T withCorrelationIdOf(Message<?> message, ThrowingSupplier<T> body) throws Exception {
        String id = of(message);
        if (id == null) {
            return body.get();
        }
        String before = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id);
        try {
            return body.get();
        } finally {
            if (before == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, before);
            }
        }
    }

    @FunctionalInterface
    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
