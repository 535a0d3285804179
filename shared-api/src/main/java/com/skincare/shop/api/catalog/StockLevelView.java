package com.skincare.shop.api.catalog;

import java.time.Instant;

/** A product's stock as the inventory lists show it, from the catalog's {@code products} row. */
public record StockLevelView(
        long productId,
        String sku,
        String nameEn,
        String nameKh,
        ProductStatus status,
        int stock,
        boolean trackInventory,
        boolean allowBackorders,
        Instant updatedAt) {
}
