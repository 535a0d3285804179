package com.skincare.shop.api.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The searches of a period: their number, distinct texts, those that found nothing and those that led to a click,
 * with the rates, the most searched texts and the most searched texts that found nothing.
 */
public record SearchTrendsView(Instant from, Instant to, long totalSearches, long uniqueQueries,
                               long zeroResultSearches, BigDecimal zeroResultRate, long clickedSearches,
                               BigDecimal clickThroughRate, List<SearchQueryStatView> topQueries,
                               List<SearchQueryStatView> zeroResultQueries) {
}
