package com.skincare.shop.command.analytics;

import com.skincare.shop.api.analytics.SearchFilters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** The body of {@code POST /ml/v1/search/track-query}, the documented {@code search_analytics} fields. */
record TrackQueryRequest(
        @NotBlank @Size(max = 200) String searchQuery,
        @Valid FiltersRequest filtersApplied,
        @NotNull @Min(0) @Max(1_000_000) Integer resultsCount,
        @Size(max = 100) List<@NotNull @Positive Long> clickedProducts,
        @NotBlank @Size(max = TrackingRequests.MAX_SESSION_ID) String sessionId,
        @Valid DeviceInfoRequest deviceInfo) {

    SearchFilters filters() {
        if (filtersApplied == null) {
            return SearchFilters.none();
        }
        PriceRangeRequest range = filtersApplied.priceRange;
        return new SearchFilters(filtersApplied.category, filtersApplied.skinType,
                range == null ? null : range.min, range == null ? null : range.max, filtersApplied.brands);
    }

    record FiltersRequest(
            @Size(max = 100) String category,
            @Size(max = 20) String skinType,
            @Valid PriceRangeRequest priceRange,
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> brands) {
    }

    record PriceRangeRequest(
            @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal min,
            @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal max) {
    }
}
