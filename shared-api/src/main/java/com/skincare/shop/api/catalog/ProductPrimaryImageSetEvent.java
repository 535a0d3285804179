package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;

public record ProductPrimaryImageSetEvent(ProductId productId, long imageId) implements ProductEvent {
}
