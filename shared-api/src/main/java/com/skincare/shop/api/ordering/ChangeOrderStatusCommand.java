package com.skincare.shop.api.ordering;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The admin moves an order along its status machine. The same status again records nothing.
 *
 * @param trackingNumber required when the new status is {@code shipped}, ignored otherwise
 * @param reason         kept with a cancellation, ignored otherwise
 */
public record ChangeOrderStatusCommand(@TargetAggregateIdentifier OrderId orderId, OrderStatus status,
                                       String trackingNumber, String reason) {
}
