package com.skincare.shop.api.recommendations;

import java.math.BigDecimal;

/** A price range, both ends inclusive and optional. */
public record BudgetRange(BigDecimal min, BigDecimal max) {

    public boolean contains(BigDecimal price) {
        return (min == null || price.compareTo(min) >= 0) && (max == null || price.compareTo(max) <= 0);
    }
}
