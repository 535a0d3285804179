package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets a product's stock to a counted value, recorded as an {@code adjustment} by the difference. Answers a
 * {@link StockChange}; setting the stock the product already has records nothing.
 */
public record SetStockCommand(@TargetAggregateIdentifier ProductId productId, int stock) {
}
