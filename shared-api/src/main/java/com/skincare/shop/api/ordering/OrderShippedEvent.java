package com.skincare.shop.api.ordering;

import java.util.List;

/**
 * The order left with the carrier: {@code shipped}, fulfillment {@code shipped}. Its lines' reservations are
 * settled on their products: the stock is gone for good and can no longer be released.
 */
public record OrderShippedEvent(OrderId orderId, String trackingNumber, List<OrderLine> lines, OrderStatus status,
                                FulfillmentStatus fulfillmentStatus) {

    public OrderShippedEvent {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
