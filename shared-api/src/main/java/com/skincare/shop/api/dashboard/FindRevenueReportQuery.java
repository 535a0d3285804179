package com.skincare.shop.api.dashboard;

/** Answers a {@link RevenueReportView}: where the range's money came from, and what went back, period by period. */
public record FindRevenueReportQuery(ReportRange range, Granularity granularity) {
}
