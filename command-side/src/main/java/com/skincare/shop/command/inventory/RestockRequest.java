package com.skincare.shop.command.inventory;

import com.skincare.shop.api.catalog.RestockProductCommand;
import com.skincare.shop.api.common.ProductId;
import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code POST /api/v1/admin/inventory/:product_id/restock}: how many arrived. Only its presence is
 * checked here; the product refuses a quantity below 1.
 */
public record RestockRequest(@NotNull Integer quantity) {

    RestockProductCommand toCommand(ProductId productId) {
        return new RestockProductCommand(productId, quantity);
    }
}
