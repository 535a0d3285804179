package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Closes an order's reservation once the order shipped: the units are gone for good, so the stock does not
 * change and the reservation can no longer be released. An order without one records nothing.
 */
public record SettleStockReservationCommand(@TargetAggregateIdentifier ProductId productId, long orderId) {
}
