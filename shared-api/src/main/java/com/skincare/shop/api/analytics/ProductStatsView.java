package com.skincare.shop.api.analytics;

import java.math.BigDecimal;

/**
 * A product's tracked behaviour: views ({@code product_view} events), purchases ({@code purchase} entries), units
 * bought, sessions that viewed it, and conversion (purchases / views, 0 without views).
 */
public record ProductStatsView(long productId, long views, long purchases, long unitsPurchased,
                               long viewingSessions, long cartAdds, BigDecimal conversionRate) {
}
