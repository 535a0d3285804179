package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Puts every image of the product in the given order; the list names each of its images once. */
public record ReorderProductImagesCommand(@TargetAggregateIdentifier ProductId productId, List<Long> imageIds) {

    public ReorderProductImagesCommand {
        imageIds = imageIds == null ? List.of() : List.copyOf(imageIds);
    }
}
