package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;

/** Carries the whole new details, so a projector can write them again and again with the same result. */
public record ProductUpdatedEvent(ProductId productId, ProductDetails details) implements ProductEvent {
}
