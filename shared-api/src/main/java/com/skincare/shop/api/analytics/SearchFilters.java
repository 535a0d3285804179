package com.skincare.shop.api.analytics;

import java.math.BigDecimal;
import java.util.List;

/** The documented {@code filters_applied} of a search; every field may be null. */
public record SearchFilters(String category, String skinType, BigDecimal minPrice, BigDecimal maxPrice,
                            List<String> brands) {

    public SearchFilters {
        brands = brands == null ? List.of() : List.copyOf(brands);
    }

    public static SearchFilters none() {
        return new SearchFilters(null, null, null, null, List.of());
    }
}
