package com.skincare.shop.api.dashboard;

/** Answers a {@link DashboardStatsView}: the range's sales and customers, and the shop as it stands now. */
public record FindDashboardStatsQuery(ReportRange range, int lowStockThreshold) {
}
