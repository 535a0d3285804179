package com.skincare.shop.api.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A visitor's purchase was tracked (see {@link TrackPurchaseCommand}). */
public record PurchaseTrackedEvent(String sessionId, Long userId, Long orderId, List<PurchasedItem> items,
                                   BigDecimal totalAmount, DeviceInfo deviceInfo, Instant occurredAt) {

    public PurchaseTrackedEvent {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
