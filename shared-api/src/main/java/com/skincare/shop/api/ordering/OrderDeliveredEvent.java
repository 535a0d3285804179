package com.skincare.shop.api.ordering;

/** The customer has the order: {@code delivered}, fulfillment {@code delivered}. */
public record OrderDeliveredEvent(OrderId orderId, OrderStatus status, FulfillmentStatus fulfillmentStatus) {
}
