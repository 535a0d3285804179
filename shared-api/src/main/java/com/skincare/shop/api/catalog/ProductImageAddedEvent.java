package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;

public record ProductImageAddedEvent(
        ProductId productId,
        long imageId,
        String imageUrl,
        String altText,
        int sortOrder,
        boolean primary) implements ProductEvent {
}
