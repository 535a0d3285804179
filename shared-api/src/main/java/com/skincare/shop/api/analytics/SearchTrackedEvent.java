package com.skincare.shop.api.analytics;

import java.time.Instant;
import java.util.List;

/** A storefront reported a search, what it found and what was clicked; {@code userId} is null for a guest. */
public record SearchTrackedEvent(String sessionId, Long userId, String searchQuery, SearchFilters filtersApplied,
                                 int resultsCount, List<Long> clickedProducts, DeviceInfo deviceInfo,
                                 Instant occurredAt) {

    public SearchTrackedEvent {
        filtersApplied = filtersApplied == null ? SearchFilters.none() : filtersApplied;
        clickedProducts = clickedProducts == null ? List.of() : List.copyOf(clickedProducts);
    }
}
