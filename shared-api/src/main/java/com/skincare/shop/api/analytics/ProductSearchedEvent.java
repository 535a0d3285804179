package com.skincare.shop.api.analytics;

import java.time.Instant;

/**
 * The catalog answered a product search ({@code GET /api/v1/products?search=}, {@code /products/search?q=}),
 * recorded by the query side after the answer went out. {@code sessionId} is the storefront's session header,
 * null without one; {@code userId} is null for a guest. Not a {@link SearchTrackedEvent}: nobody reported it, the
 * shop saw it, and it has no clicks.
 */
public record ProductSearchedEvent(String sessionId, Long userId, String searchQuery, SearchFilters filtersApplied,
                                   int resultsCount, DeviceInfo deviceInfo, Instant occurredAt) {

    public ProductSearchedEvent {
        filtersApplied = filtersApplied == null ? SearchFilters.none() : filtersApplied;
    }
}
