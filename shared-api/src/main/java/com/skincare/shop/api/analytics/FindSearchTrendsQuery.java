package com.skincare.shop.api.analytics;

/** The searches of a period in sum and their {@code limit} most searched texts, as a {@link SearchTrendsView}. */
public record FindSearchTrendsQuery(AnalyticsPeriod period, int limit) {
}
