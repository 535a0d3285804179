package com.skincare.shop.command.inventory;

import com.skincare.shop.api.catalog.SetStockCommand;
import com.skincare.shop.api.common.ProductId;
import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code PUT /api/v1/admin/inventory/:product_id}: the counted stock. Only its presence is checked
 * here; the product decides what a valid stock is.
 */
public record StockRequest(@NotNull Integer stock) {

    SetStockCommand toCommand(ProductId productId) {
        return new SetStockCommand(productId, stock);
    }
}
