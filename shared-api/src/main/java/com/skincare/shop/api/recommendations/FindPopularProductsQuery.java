package com.skincare.shop.api.recommendations;

/**
 * Answers a {@code RecommendationsView} of type {@code popular}, not stored: active products by units sold in confirmed orders over the last
 * {@code days} days, the better rated first among equals.
 */
public record FindPopularProductsQuery(int limit, int days) {
}
