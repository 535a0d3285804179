package com.skincare.shop.api.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An order in a list: its totals and statuses, and how many lines and units it has, without the lines. */
public record OrderSummaryView(
        long id,
        String orderNumber,
        Long userId,
        String customerName,
        String customerEmail,
        BigDecimal subtotal,
        BigDecimal taxAmount,
        BigDecimal shippingAmount,
        BigDecimal discountAmount,
        BigDecimal total,
        OrderStatus status,
        PaymentStatus paymentStatus,
        FulfillmentStatus fulfillmentStatus,
        int itemCount,
        int totalQuantity,
        LocalDate createdAt,
        Instant updatedAt) {
}
