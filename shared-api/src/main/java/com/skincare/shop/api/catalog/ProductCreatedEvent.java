package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;

public record ProductCreatedEvent(ProductId productId, ProductDetails details, int stock, ProductStatus status)
        implements ProductEvent {
}
