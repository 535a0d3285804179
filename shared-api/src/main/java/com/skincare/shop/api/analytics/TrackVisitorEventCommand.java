package com.skincare.shop.api.analytics;

import java.time.Instant;
import java.util.Objects;

/**
 * Records what a visitor did in a session. {@code userId} is the signed-in caller's, null for a guest;
 * {@code occurredAt} is the server's clock when the request came in; {@code clientTimestamp} is what the client
 * said, kept for reference only.
 */
public record TrackVisitorEventCommand(String sessionId, Long userId, VisitorEventType eventType,
                                       TrackedEventData eventData, Instant clientTimestamp, DeviceInfo deviceInfo,
                                       Instant occurredAt) {

    public TrackVisitorEventCommand {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(eventData, "eventData");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
