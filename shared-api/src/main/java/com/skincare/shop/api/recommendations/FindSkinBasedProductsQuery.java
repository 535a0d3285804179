package com.skincare.shop.api.recommendations;

import java.util.Objects;

/**
 * Answers a {@code RecommendationsView} of type {@code skin_based} with the profile, not stored: active products
 * for the skin type and concerns, within budget.
 */
public record FindSkinBasedProductsQuery(SkinProfile profile, int limit) {

    public FindSkinBasedProductsQuery {
        Objects.requireNonNull(profile, "profile");
    }
}
