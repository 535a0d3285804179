package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds an image with its documented id; a primary image takes that role from any earlier one. */
public record AddProductImageCommand(
        @TargetAggregateIdentifier ProductId productId,
        long imageId,
        String imageUrl,
        String altText,
        int sortOrder,
        boolean primary) {
}
