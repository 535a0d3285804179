package com.skincare.shop.api.cart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** One product of a checkout as the pricing sees it: its unit price and how many. */
public record CheckoutLine(BigDecimal unitPrice, int quantity) {

    public CheckoutLine {
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
    }

    public BigDecimal lineTotal() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
    }
}
