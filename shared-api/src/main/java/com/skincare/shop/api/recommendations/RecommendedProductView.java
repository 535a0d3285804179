package com.skincare.shop.api.recommendations;

import java.time.Instant;

/** One documented {@code recommended_products} entry: why it is recommended, and how strongly (higher first). */
public record RecommendedProductView(long productId, double score, String reason, Instant generatedAt) {
}
