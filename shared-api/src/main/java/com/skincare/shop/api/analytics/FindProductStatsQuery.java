package com.skincare.shop.api.analytics;

/** A product's tracked views and purchases, as a {@link ProductStatsView}. */
public record FindProductStatsQuery(long productId) {
}
