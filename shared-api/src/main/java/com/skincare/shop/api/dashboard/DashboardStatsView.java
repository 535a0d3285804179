package com.skincare.shop.api.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The dashboard's figures. Those of the range are the sales report's ({@link SalesPeriodView}) and the customer
 * report's; {@code pending_orders} (checkout undecided), {@code awaiting_fulfilment} (confirmed or processing),
 * {@code low_stock_count} (tracked products not archived with stock at or below {@code low_stock_threshold}),
 * {@code total_customers} and {@code active_products} are the shop as it stands now.
 */
public record DashboardStatsView(
        LocalDate from,
        LocalDate to,
        String zone,
        long orders,
        long cancelledOrders,
        long itemsSold,
        BigDecimal grossRevenue,
        BigDecimal refunds,
        BigDecimal netRevenue,
        BigDecimal averageOrderValue,
        long newCustomers,
        CartConversionView cartConversion,
        long pendingOrders,
        long awaitingFulfilment,
        long lowStockCount,
        int lowStockThreshold,
        long totalCustomers,
        long activeProducts) {
}
