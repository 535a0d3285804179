package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;

public record ProductFeaturedChangedEvent(ProductId productId, boolean featured) implements ProductEvent {
}
