package com.skincare.shop.api.catalog;

public record ProductImageRemovedEvent(ProductId productId, long imageId) {
}
