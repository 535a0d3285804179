package com.skincare.shop.api.dashboard;

import java.math.BigDecimal;
import java.time.Instant;

/** An order as the dashboard lists it, {@code placed_at} the time of its placing. */
public record RecentOrderView(
        long id,
        String orderNumber,
        Long userId,
        String customerName,
        String customerEmail,
        int itemCount,
        int totalQuantity,
        BigDecimal total,
        String status,
        String paymentStatus,
        String fulfillmentStatus,
        Instant placedAt) {
}
