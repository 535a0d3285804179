package com.skincare.shop.api.dashboard;

import java.math.BigDecimal;

/** A category's sales in a range: those of the products linked to it now, counted as {@link TopProductView}. */
public record TopCategoryView(
        long categoryId,
        String name,
        String slug,
        long productsSold,
        long unitsSold,
        long orders,
        BigDecimal revenue) {
}
