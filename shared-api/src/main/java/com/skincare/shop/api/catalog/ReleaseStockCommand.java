package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Gives an order's reservation back to the stock. An order that holds none (never reserved, or released already)
 * records nothing, so a compensation may safely run twice.
 */
public record ReleaseStockCommand(@TargetAggregateIdentifier ProductId productId, long orderId) {
}
