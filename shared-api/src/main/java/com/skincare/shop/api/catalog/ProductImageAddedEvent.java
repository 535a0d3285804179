package com.skincare.shop.api.catalog;

public record ProductImageAddedEvent(
        ProductId productId,
        long imageId,
        String imageUrl,
        String altText,
        int sortOrder,
        boolean primary) {
}
