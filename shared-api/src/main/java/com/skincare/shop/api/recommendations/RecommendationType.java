package com.skincare.shop.api.recommendations;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The documented {@code product_recommendations.recommendation_type}. */
public enum RecommendationType {
    COLLABORATIVE, CONTENT_BASED, POPULAR, SKIN_BASED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
