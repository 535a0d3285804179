package com.skincare.shop.api.cart;

/** Answers a {@link CartView}: the customer's cart, oldest line first, with its totals. */
public record FindCartQuery(long userId) {
}
