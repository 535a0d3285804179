package com.skincare.shop.api.ordering;

import java.math.BigDecimal;

/** What an order costs, two decimals each, with the documented {@code total = subtotal + tax + shipping - discount}. */
public record OrderTotals(BigDecimal subtotal, BigDecimal discount, BigDecimal shipping, BigDecimal tax,
                          BigDecimal total) {
}
