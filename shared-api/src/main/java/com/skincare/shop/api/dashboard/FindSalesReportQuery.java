package com.skincare.shop.api.dashboard;

/** Answers a {@link SalesReportView}: orders and revenue of the range, period by period. */
public record FindSalesReportQuery(ReportRange range, Granularity granularity) {
}
