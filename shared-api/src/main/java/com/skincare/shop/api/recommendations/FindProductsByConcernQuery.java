package com.skincare.shop.api.recommendations;

/**
 * Answers a {@code RecommendationsView} of type {@code content_based}, not stored: active products that name the
 * concern among their {@code skin_concerns} (without regard to case), the best rated first.
 */
public record FindProductsByConcernQuery(String concern, int limit) {
}
