package com.skincare.shop.api.dashboard;

import java.math.BigDecimal;

/**
 * A product's sales in a range: the units and the line totals (before order discounts) of the orders placed in
 * it that stand; {@code orders} is how many of them hold it.
 */
public record TopProductView(
        long productId,
        String nameEn,
        String nameKh,
        String sku,
        long unitsSold,
        long orders,
        BigDecimal revenue) {
}
