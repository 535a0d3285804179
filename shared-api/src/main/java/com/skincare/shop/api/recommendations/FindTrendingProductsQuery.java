package com.skincare.shop.api.recommendations;

/**
 * Answers a {@code RecommendationsView} of type {@code popular} (the documented types have no "trending"), not
 * stored: active products selling faster in the last 7 days than in the 30 before, the fastest growing first.
 */
public record FindTrendingProductsQuery(int limit) {
}
