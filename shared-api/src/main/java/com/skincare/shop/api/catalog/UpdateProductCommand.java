package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replaces a product's details. {@code stock} and {@code status} are optional: when given and different from the
 * current value, the product records a stock adjustment or a status change beside the update.
 */
public record UpdateProductCommand(
        @TargetAggregateIdentifier ProductId productId,
        ProductDetails details,
        Integer stock,
        ProductStatus status) {
}
