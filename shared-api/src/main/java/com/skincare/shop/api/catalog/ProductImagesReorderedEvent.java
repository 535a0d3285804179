package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;

import java.util.List;

/** Every image of the product, in its new order: an image's sort order is its position here. */
public record ProductImagesReorderedEvent(ProductId productId, List<Long> imageIds) implements ProductEvent {

    public ProductImagesReorderedEvent {
        imageIds = List.copyOf(imageIds);
    }
}
