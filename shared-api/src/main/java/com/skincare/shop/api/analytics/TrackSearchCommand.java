package com.skincare.shop.api.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Records a search a visitor made, what it found and which of its products they clicked. */
public record TrackSearchCommand(String sessionId, Long userId, String searchQuery, SearchFilters filtersApplied,
                                 int resultsCount, List<Long> clickedProducts, DeviceInfo deviceInfo,
                                 Instant occurredAt) {

    public TrackSearchCommand {
        Objects.requireNonNull(searchQuery, "searchQuery");
        Objects.requireNonNull(occurredAt, "occurredAt");
        clickedProducts = List.copyOf(clickedProducts);
    }
}
