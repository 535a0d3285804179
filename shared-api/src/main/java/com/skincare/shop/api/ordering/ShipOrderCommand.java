package com.skincare.shop.api.ordering;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Hands the order to the carrier under a tracking number of 1..100 characters. Shipping a shipped order again
 * under the same number records nothing.
 */
public record ShipOrderCommand(@TargetAggregateIdentifier OrderId orderId, String trackingNumber) {
}
