package com.skincare.shop.api.dashboard;

/** Answers the {@code limit} best-selling products of the range as {@link TopProductView}s, best first. */
public record FindTopProductsQuery(ReportRange range, ProductRanking ranking, int limit) {
}
