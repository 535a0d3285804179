package com.skincare.shop.api.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One period of the sales report, {@code period} its first day (the Monday of a week, the 1st of a month) and
 * {@code from}..{@code to} the days of the range it covers. {@code orders} were placed in it, confirmed and not
 * cancelled (a refunded order included); {@code cancelled_orders} were placed in it and cancelled or rejected.
 * {@code gross_revenue} is those orders' totals, {@code refunds} the money given back in the period on orders
 * that count, {@code net_revenue} the difference, {@code average_order_value} the gross per order.
 */
public record SalesPeriodView(
        LocalDate period,
        LocalDate from,
        LocalDate to,
        long orders,
        long cancelledOrders,
        long itemsSold,
        BigDecimal grossRevenue,
        BigDecimal refunds,
        BigDecimal netRevenue,
        BigDecimal averageOrderValue) {
}
