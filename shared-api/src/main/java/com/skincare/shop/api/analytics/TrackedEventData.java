package com.skincare.shop.api.analytics;

import java.util.Map;

/**
 * The documented {@code event_data} of a visitor event, without its timestamp (the event carries the server's).
 * {@code metadata} holds scalar values only (text, numbers, booleans), bounded by the endpoint.
 */
public record TrackedEventData(Long productId, String category, String pageUrl, Map<String, Object> metadata) {

    public TrackedEventData {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
