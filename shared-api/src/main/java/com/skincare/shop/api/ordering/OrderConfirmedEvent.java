package com.skincare.shop.api.ordering;

/** The order has its stock and its coupon and is {@code confirmed}; {@code totals} are final, discount included. */
public record OrderConfirmedEvent(OrderId orderId, OrderTotals totals, Long couponUsageId, OrderStatus status) {
}
