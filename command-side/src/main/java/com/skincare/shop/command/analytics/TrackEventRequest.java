package com.skincare.shop.command.analytics;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Map;

/** The body of {@code POST /ml/v1/analytics/track-event}. */
record TrackEventRequest(
        @NotBlank @Size(max = 32) String eventType,
        @NotNull @Valid EventDataRequest eventData,
        @NotBlank @Size(max = TrackingRequests.MAX_SESSION_ID) String sessionId,
        @Valid DeviceInfoRequest deviceInfo) {

    /** {@code timestamp} is the client's clock, kept for reference; the event's time is the server's. */
    record EventDataRequest(
            @Positive Long productId,
            @Size(max = 100) String category,
            @Size(max = 2048) String pageUrl,
            Instant timestamp,
            @Size(max = TrackingRequests.MAX_METADATA_KEYS) Map<String, Object> metadata) {
    }
}
