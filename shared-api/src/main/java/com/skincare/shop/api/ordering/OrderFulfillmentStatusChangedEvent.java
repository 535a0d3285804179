package com.skincare.shop.api.ordering;

/**
 * The admin recorded how far the packing is; {@code status} is the order's status after it (packing a confirmed
 * order makes it {@code processing}).
 */
public record OrderFulfillmentStatusChangedEvent(OrderId orderId, FulfillmentStatus from,
                                                 FulfillmentStatus fulfillmentStatus, OrderStatus status) {
}
