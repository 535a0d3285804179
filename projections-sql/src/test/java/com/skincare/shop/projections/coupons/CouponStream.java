package com.skincare.shop.projections.coupons;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The coupons processing group as the tests drive it: each event, with its timestamp, through Axon's annotation
 * adapter of the projector, in order. It remembers what it delivered, so a test can replay the stream after a reset.
 */
public final class CouponStream {

    private final AnnotationEventHandlerAdapter projector;
    private final List<EventMessage<?>> delivered = new ArrayList<>();

    public CouponStream(NamedParameterJdbcTemplate jdbc) {
        this.projector = new AnnotationEventHandlerAdapter(new CouponProjector(jdbc));
    }

    public CouponStream deliver(Object event, String timestamp) {
        EventMessage<?> message = new GenericEventMessage<>(UUID.randomUUID().toString(), event, Map.of(),
                Instant.parse(timestamp));
        handle(message);
        delivered.add(message);
        return this;
    }

    /** Every event once more, as after batches that failed to commit their token. */
    public CouponStream redeliverAll() {
        delivered.forEach(this::handle);
        return this;
    }

    public void reset() {
        projector.prepareReset(null);
    }

    public void replay() {
        delivered.forEach(this::handle);
    }

    private void handle(EventMessage<?> message) {
        try {
            projector.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException("handling " + message.getPayloadType().getSimpleName() + " failed", e);
        }
    }
}
