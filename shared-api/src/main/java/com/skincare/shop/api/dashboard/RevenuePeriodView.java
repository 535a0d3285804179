package com.skincare.shop.api.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The money of one period, over the orders the sales report counts: {@code gross_revenue} is
 * {@code subtotal - discounts + shipping + tax}, as each order's total is; {@code refunds} were given back in the
 * period; {@code net_revenue} is what stays.
 */
public record RevenuePeriodView(
        LocalDate period,
        LocalDate from,
        LocalDate to,
        long orders,
        BigDecimal subtotal,
        BigDecimal discounts,
        BigDecimal shipping,
        BigDecimal tax,
        BigDecimal grossRevenue,
        BigDecimal refunds,
        BigDecimal netRevenue) {
}
