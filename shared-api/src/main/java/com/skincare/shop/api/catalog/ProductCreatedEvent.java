package com.skincare.shop.api.catalog;

public record ProductCreatedEvent(ProductId productId, ProductDetails details, int stock, ProductStatus status) {
}
