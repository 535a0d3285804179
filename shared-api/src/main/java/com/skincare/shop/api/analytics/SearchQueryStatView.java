package com.skincare.shop.api.analytics;

import java.math.BigDecimal;

/**
 * One search text (as the trends normalise it) over a period: how often it was searched, how many of those
 * searches found nothing, how many led to a click, and the click-through rate (clicked searches / searches).
 */
public record SearchQueryStatView(String query, long searches, long zeroResultSearches, long clickedSearches,
                                  BigDecimal clickThroughRate) {
}
