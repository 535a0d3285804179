package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;

public record ProductImageRemovedEvent(ProductId productId, long imageId) implements ProductEvent {
}
