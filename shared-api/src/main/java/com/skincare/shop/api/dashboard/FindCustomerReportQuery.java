package com.skincare.shop.api.dashboard;

/** Answers a {@link CustomerReportView} with the range's {@code top} customers by what they spent. */
public record FindCustomerReportQuery(ReportRange range, Granularity granularity, int top) {
}
