package com.skincare.shop.projections;

import com.skincare.shop.api.identity.EmailToken;
import com.skincare.shop.api.identity.UserRole;
import com.skincare.shop.api.identity.Language;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.identity.UserProfile;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.identity.UserRegisteredEvent;
import com.skincare.shop.projections.cart.CartProjector;
import com.skincare.shop.projections.ordering.OrderProjector;
import com.skincare.shop.projections.identity.UserProjector;
import com.skincare.shop.projections.reviews.ReviewProjector;
import com.skincare.shop.projections.wishlist.WishlistProjector;
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
 * The customers processing group as the tests drive it: each event, with its timestamp, through Axon's own
 * annotation adapters of the group's projectors, in order, as the group's single segment hands them over. It
 * remembers what it delivered, so a test can replay the same stream after a reset.
 */
public final class CustomerStream {

    private final List<AnnotationEventHandlerAdapter> projectors;
    private final List<EventMessage<?>> delivered = new ArrayList<>();

    /** A customer registering with a verification token, as the customers' projector tests need one. */
    public static UserRegisteredEvent customerRegistered(long id) {
        return new UserRegisteredEvent(UserId.of(id), "user" + id + "@example.com", "$2a$hash",
                new UserProfile("A", "B", null, null, null, SkinType.DRY, Language.EN), UserRole.CUSTOMER,
                new EmailToken("a".repeat(64), "sealed", Instant.parse("2025-07-01T00:00:00Z")));
    }

    public CustomerStream(NamedParameterJdbcTemplate jdbc) {
        this.projectors = List.of(new AnnotationEventHandlerAdapter(new UserProjector(jdbc)),
                new AnnotationEventHandlerAdapter(new ReviewProjector(jdbc)),
                new AnnotationEventHandlerAdapter(new WishlistProjector(jdbc)),
                new AnnotationEventHandlerAdapter(new CartProjector(jdbc)),
                new AnnotationEventHandlerAdapter(new OrderProjector(jdbc)));
    }

    public CustomerStream deliver(Object event, String timestamp) {
        EventMessage<?> message = new GenericEventMessage<>(UUID.randomUUID().toString(), event, Map.of(),
                Instant.parse(timestamp));
        handle(message);
        delivered.add(message);
        return this;
    }

    /** The last event once more, as after a batch that failed to commit. */
    public CustomerStream redeliverLast() {
        handle(delivered.get(delivered.size() - 1));
        return this;
    }

    public void reset() {
        projectors.forEach(projector -> projector.prepareReset(null));
    }

    public void replay() {
        delivered.forEach(this::handle);
    }

    private void handle(EventMessage<?> message) {
        try {
            for (AnnotationEventHandlerAdapter projector : projectors) {
                if (projector.canHandle(message)) {
                    projector.handle(message);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("handling " + message.getPayloadType().getSimpleName() + " failed", e);
        }
    }
}
