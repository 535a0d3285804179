package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;

public record ProductArchivedEvent(ProductId productId) implements ProductEvent {
}
