package com.skincare.shop.api.cart;

/** Every line of the cart is gone. */
public record CartClearedEvent(CartId cartId) {
}
