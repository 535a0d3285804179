package com.skincare.shop.api.analytics;

/** Up to {@code limit} search texts of a period, chosen and ordered by {@code ranking}. */
public record FindSearchQueriesQuery(AnalyticsPeriod period, SearchQueryRanking ranking, int limit) {
}
