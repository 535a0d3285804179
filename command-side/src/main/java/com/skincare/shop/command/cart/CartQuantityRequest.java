package com.skincare.shop.command.cart;

import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT /api/v1/cart/update/:product_id}: the line's new quantity, 1..99 as for an addition. */
public record CartQuantityRequest(@NotNull Integer quantity) {
}
