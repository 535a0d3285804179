package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Takes {@code quantity} of the product for an order, as the checkout does, and keeps it as the order's open
 * reservation. An order that already holds one records nothing, so the checkout may send it again.
 */
public record ReserveStockCommand(@TargetAggregateIdentifier ProductId productId, long orderId, int quantity) {
}
