package com.skincare.shop.command;

import com.skincare.shop.api.common.ProductId;

/** One line of a cart: its product, its documented {@code shopping_cart.id}, and how many. */
public record CartLine(ProductId productId, long lineId, int quantity) {
}
