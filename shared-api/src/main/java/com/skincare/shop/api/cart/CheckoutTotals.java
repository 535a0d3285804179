package com.skincare.shop.api.cart;

import java.math.BigDecimal;

/** What a checkout costs, two decimals each: {@code total = subtotal + shipping + tax}. */
public record CheckoutTotals(int itemCount, BigDecimal subtotal, BigDecimal shipping, BigDecimal tax,
                             BigDecimal total) {
}
