package com.skincare.shop.api.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Records a purchase as the storefront saw it, for the visitor's analytics; the order itself is decided by the
 * checkout. {@code orderId} is the client's reference and may be null.
 */
public record TrackPurchaseCommand(String sessionId, Long userId, Long orderId, List<PurchasedItem> items,
                                   BigDecimal totalAmount, DeviceInfo deviceInfo, Instant occurredAt) {

    public TrackPurchaseCommand {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        items = List.copyOf(items);
    }
}
