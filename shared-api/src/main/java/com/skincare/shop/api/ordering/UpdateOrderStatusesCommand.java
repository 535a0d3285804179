package com.skincare.shop.api.ordering;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The admin's bulk update of one order: each status that is not null is moved as its own command would move it,
 * the order's status first, then the payment, then the fulfillment, all or none of them.
 */
public record UpdateOrderStatusesCommand(@TargetAggregateIdentifier OrderId orderId, OrderStatus status,
                                         PaymentStatus paymentStatus, FulfillmentStatus fulfillmentStatus) {
}
