package com.skincare.shop.command.cart;

import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code POST /api/v1/cart/add}. Only presence is checked here; the cart refuses a quantity outside
 * 1..99, and the product decides whether it can be had.
 */
public record AddToCartRequest(@NotNull Long productId, @NotNull Integer quantity) {
}
