package com.skincare.shop.api.recommendations;

/**
 * Answers an {@code Optional<RecommendationsView>} of type {@code content_based}, not stored: active products sharing categories, skin type,
 * concerns and ingredients with the given one, never itself; empty when the product is not on sale.
 */
public record FindSimilarProductsQuery(long productId, int limit) {
}
