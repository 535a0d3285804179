package com.skincare.shop.command;

import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.common.ProductId;

/**
 * What a product's own aggregate says about buying it right now: whether it is on sale, and how much of it there
 * is for whom it matters.
 */
public record ProductAvailability(ProductId productId, ProductStatus status, int stock, boolean trackInventory,
                                  boolean allowBackorders) {

    public boolean onSale() {
        return status == ProductStatus.ACTIVE;
    }

    /** Whether {@code quantity} can be had: always for a product whose stock is not counted or may go below 0. */
    public boolean covers(int quantity) {
        return !trackInventory || allowBackorders || quantity <= stock;
    }
}
