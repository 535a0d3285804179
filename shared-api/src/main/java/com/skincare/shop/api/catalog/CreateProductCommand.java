package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a product with its documented id; {@code status} is draft or active, {@code stock} its opening stock. */
public record CreateProductCommand(
        @TargetAggregateIdentifier ProductId productId,
        ProductDetails details,
        int stock,
        ProductStatus status) {
}
