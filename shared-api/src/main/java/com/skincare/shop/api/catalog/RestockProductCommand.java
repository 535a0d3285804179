package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a delivery of {@code quantity} (at least 1) to a product's stock, recorded as a {@code restock}. Answers a {@link StockChange}. */
public record RestockProductCommand(@TargetAggregateIdentifier ProductId productId, int quantity) {
}
