package com.skincare.shop.command.analytics;

import com.skincare.shop.api.analytics.PurchaseTrackedEvent;
import com.skincare.shop.api.analytics.SearchTrackedEvent;
import com.skincare.shop.api.analytics.TrackPurchaseCommand;
import com.skincare.shop.api.analytics.TrackSearchCommand;
import com.skincare.shop.api.analytics.TrackVisitorEventCommand;
import com.skincare.shop.api.analytics.VisitorEventTrackedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.stereotype.Component;

/**
 * Turns tracking commands into events, without an aggregate. Tracking records facts that no rule relates to
 * one another: any visitor, guest or signed in, may view any page of any session any number of times. A session
 * aggregate would protect no invariant, yet load the session's whole history for every click and make a
 * session's concurrent clicks contend for one sequence number. So this stateless handler publishes each event,
 * which the event store keeps in the command's unit of work like an aggregate's, and which answers with the
 * event's identifier: the key the analytics projectors write it under, once.
 */
@Component
public class TrackingRecorder {

    private final EventBus eventBus;

    public TrackingRecorder(EventBus eventBus) {
        this.eventBus = eventBus;
    }

    @CommandHandler
    public String handle(TrackVisitorEventCommand command) {
        return publish(new VisitorEventTrackedEvent(command.sessionId(), command.userId(), command.eventType(),
                command.eventData(), command.clientTimestamp(), command.deviceInfo(), command.occurredAt()));
    }

    @CommandHandler
    public String handle(TrackPurchaseCommand command) {
        return publish(new PurchaseTrackedEvent(command.sessionId(), command.userId(), command.orderId(),
                command.items(), command.totalAmount(), command.deviceInfo(), command.occurredAt()));
    }

    @CommandHandler
    public String handle(TrackSearchCommand command) {
        return publish(new SearchTrackedEvent(command.sessionId(), command.userId(), command.searchQuery(),
                command.filtersApplied(), command.resultsCount(), command.clickedProducts(), command.deviceInfo(),
                command.occurredAt()));
    }

    private String publish(Object event) {
        EventMessage<Object> message = GenericEventMessage.asEventMessage(event);
        eventBus.publish(message);
        return message.getIdentifier();
    }
}
