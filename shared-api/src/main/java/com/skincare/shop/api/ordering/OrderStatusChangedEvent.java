package com.skincare.shop.api.ordering;

/** A move of the status that has no other consequence, such as {@code confirmed} to {@code processing}. */
public record OrderStatusChangedEvent(OrderId orderId, OrderStatus from, OrderStatus status) {
}
