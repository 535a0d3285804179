package com.skincare.shop.projections.identity;

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
 * The identity processing group as the tests drive it: each event, with its timestamp, through Axon's own
 * annotation adapter, in order, as the group's single segment hands them over. It remembers what it delivered,
 * so a test can replay the same stream after a reset.
 */
final class IdentityStream {

    private final AnnotationEventHandlerAdapter users;
    private final List<EventMessage<?>> delivered = new ArrayList<>();

    IdentityStream(NamedParameterJdbcTemplate jdbc) {
        this.users = new AnnotationEventHandlerAdapter(new UserProjector(jdbc));
    }

    IdentityStream deliver(Object event, String timestamp) {
        EventMessage<?> message = new GenericEventMessage<>(UUID.randomUUID().toString(), event, Map.of(),
                Instant.parse(timestamp));
        handle(message);
        delivered.add(message);
        return this;
    }

    /** The last event once more, as after a batch that failed to commit. */
    IdentityStream redeliverLast() {
        handle(delivered.get(delivered.size() - 1));
        return this;
    }

    void reset() {
        users.prepareReset(null);
    }

    void replay() {
        delivered.forEach(this::handle);
    }

    private void handle(EventMessage<?> message) {
        try {
            users.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException("handling " + message.getPayloadType().getSimpleName() + " failed", e);
        }
    }
}
