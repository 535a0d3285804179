package com.skincare.shop.api.recommendations;

import java.time.Instant;
import java.util.List;

/**
 * A {@code product_recommendations} document as documented. {@code userId} is null and {@code expiresAt} is null
 * for an anonymous shopper's popular products, which are computed at every read and never stored.
 */
public record RecommendationsView(Long userId, RecommendationType recommendationType,
                                  List<RecommendedProductView> recommendedProducts, SkinProfile skinProfile,
                                  Instant createdAt, Instant expiresAt) {
}
