package com.skincare.shop.api.catalog;

/**
 * Answers a {@code List<ProductView>}: active products like the given one, the closest first (shared
 * categories, then the same kind and skin type), never the product itself.
 */
public record FindRelatedProductsQuery(long productId, int limit) {
}
