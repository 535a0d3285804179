package com.skincare.shop.api.analytics;

/** The shop's days within a period, oldest first, as {@link PerformanceMetricsView}s. */
public record FindPerformanceMetricsQuery(AnalyticsPeriod period) {
}
