package com.skincare.shop.api.catalog;

public record ProductPublishedEvent(ProductId productId) {
}
