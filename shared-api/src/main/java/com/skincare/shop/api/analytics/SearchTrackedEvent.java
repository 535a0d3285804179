package com.skincare.shop.api.analytics;

import java.time.Instant;
import java.util.List;

/**
 * A search was made. {@code sessionId} may be null for a search seen by the catalog without a session header;
 * {@code userId} is null for a guest.
 */
public record SearchTrackedEvent(String sessionId, Long userId, String searchQuery, SearchFilters filtersApplied,
                                 int resultsCount, List<Long> clickedProducts, DeviceInfo deviceInfo,
                                 SearchSource source, Instant occurredAt) {

    public SearchTrackedEvent {
        filtersApplied = filtersApplied == null ? SearchFilters.none() : filtersApplied;
        clickedProducts = clickedProducts == null ? List.of() : List.copyOf(clickedProducts);
    }
}
