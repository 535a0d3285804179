package com.skincare.shop.command.analytics;

import com.skincare.shop.api.analytics.VisitorEventType;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.web.errors.InvalidRequestException;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The checks of the tracking bodies that annotations cannot say. Every value is bounded, since anyone may send
 * these requests and every one of them is stored for good.
 */
final class TrackingRequests {

    static final int MAX_SESSION_ID = 128;
    static final int MAX_METADATA_KEYS = 20;
    static final int MAX_METADATA_KEY = 64;
    static final int MAX_METADATA_TEXT = 500;

    private TrackingRequests() {
    }

    static VisitorEventType eventType(String code) {
        return VisitorEventType.fromCode(code).orElseThrow(() -> new InvalidRequestException("event_type",
                "must be one of " + Arrays.stream(VisitorEventType.values()).map(VisitorEventType::code)
                        .collect(Collectors.joining(", "))));
    }

    /** Metadata is flat: text, numbers and booleans, so that it can neither nest without end nor hold nulls. */
    static Map<String, Object> metadata(Map<String, Object> metadata) {
        if (metadata == null) {
            return Map.of();
        }
        Map<String, Object> checked = new LinkedHashMap<>();
        metadata.forEach((key, value) -> {
            if (key.isBlank() || key.length() > MAX_METADATA_KEY || key.startsWith("$") || key.contains(".")) {
                throw new InvalidRequestException("event_data.metadata",
                        "keys must be 1 to " + MAX_METADATA_KEY + " characters, without '.' or a leading '$'");
            }
            boolean scalar = value instanceof Integer || value instanceof Long || value instanceof Boolean
                    || value instanceof Double number && Double.isFinite(number)
                    || value instanceof String text && text.length() <= MAX_METADATA_TEXT;
            if (!scalar) {
                throw new InvalidRequestException("event_data.metadata." + key,
                        "must be a number (up to 64 bits), a boolean or a text of at most " + MAX_METADATA_TEXT + " characters");
            }
            checked.put(key, value);
        });
        return checked;
    }

    static void skinType(String code) {
        if (code != null && SkinType.fromCode(code).isEmpty()) {
            throw new InvalidRequestException("filters_applied.skin_type", "must be a documented skin type");
        }
    }

    static void priceRange(TrackQueryRequest.PriceRangeRequest range) {
        if (range != null && range.min() != null && range.max() != null && range.min().compareTo(range.max()) > 0) {
            throw new InvalidRequestException("filters_applied.price_range", "min must not be above max");
        }
    }
}
