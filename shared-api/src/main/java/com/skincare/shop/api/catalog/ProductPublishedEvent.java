package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;

public record ProductPublishedEvent(ProductId productId) implements ProductEvent {
}
