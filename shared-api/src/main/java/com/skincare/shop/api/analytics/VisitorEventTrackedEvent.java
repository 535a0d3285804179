package com.skincare.shop.api.analytics;

import java.time.Instant;

/** A visitor did something in a session (see {@link TrackVisitorEventCommand}). */
public record VisitorEventTrackedEvent(String sessionId, Long userId, VisitorEventType eventType,
                                       TrackedEventData eventData, Instant clientTimestamp, DeviceInfo deviceInfo,
                                       Instant occurredAt) {
}
