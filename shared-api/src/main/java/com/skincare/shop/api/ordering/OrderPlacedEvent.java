package com.skincare.shop.api.ordering;

import com.skincare.shop.api.common.UserId;

import java.time.Instant;
import java.util.List;

/**
 * An order was placed and is {@code pending}. Its totals have no discount yet: the coupon's amount is the
 * coupon's to decide, and arrives with {@link OrderConfirmedEvent}.
 */
public record OrderPlacedEvent(
        OrderId orderId,
        String orderNumber,
        UserId userId,
        String customerName,
        String customerEmail,
        List<OrderItem> items,
        OrderAddress shippingAddress,
        OrderAddress billingAddress,
        String couponCode,
        Long couponId,
        String notes,
        OrderTotals totals,
        boolean firstOrder,
        OrderStatus status,
        PaymentStatus paymentStatus,
        FulfillmentStatus fulfillmentStatus,
        Instant placedAt) {

    public OrderPlacedEvent {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
