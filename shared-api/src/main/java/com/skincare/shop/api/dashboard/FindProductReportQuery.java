package com.skincare.shop.api.dashboard;

/** Answers a {@link ProductReportView} with the range's {@code limit} best products and categories. */
public record FindProductReportQuery(ReportRange range, int limit) {
}
