package com.skincare.shop.api.cart;

import java.math.BigDecimal;
import java.util.List;

/** A customer's cart, oldest line first, and what its available lines cost now (see {@link CheckoutPricing}). */
public record CartView(List<CartItemView> items, int itemCount, BigDecimal subtotal, BigDecimal shipping,
                       BigDecimal tax, BigDecimal total) {

    public CartView {
        items = List.copyOf(items);
    }

    public static CartView of(List<CartItemView> items, CheckoutTotals totals) {
        return new CartView(items, totals.itemCount(), totals.subtotal(), totals.shipping(), totals.tax(),
                totals.total());
    }
}
