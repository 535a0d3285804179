package com.skincare.shop.api.catalog;

public record ProductArchivedEvent(ProductId productId) {
}
