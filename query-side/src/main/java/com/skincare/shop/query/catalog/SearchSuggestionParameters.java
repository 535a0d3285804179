package com.skincare.shop.query.catalog;

import com.skincare.shop.api.catalog.FindSearchSuggestionsQuery;
import com.skincare.shop.query.RequestParameters;

/** {@code q}: what the shopper typed so far, required; {@code limit}: how many names, 1..20, default 10. */
public record SearchSuggestionParameters(String q, String limit) {

    FindSearchSuggestionsQuery toQuery() {
        return new FindSearchSuggestionsQuery(SearchInput.required("q", q), RequestParameters.limit("limit", limit,
                FindSearchSuggestionsQuery.MAX_LIMIT, FindSearchSuggestionsQuery.DEFAULT_LIMIT));
    }
}
