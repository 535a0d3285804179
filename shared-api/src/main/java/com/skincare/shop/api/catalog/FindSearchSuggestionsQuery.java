package com.skincare.shop.api.catalog;

/**
 * Names of active products that hold {@code text}, English or Khmer: names starting with it first, then names
 * with a word starting with it, then the rest. Answers a list of at most {@code limit}
 * {@link SearchSuggestionView}s. {@code text} is held in {@link SearchText} form.
 */
public record FindSearchSuggestionsQuery(String text, int limit) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 20;

    public FindSearchSuggestionsQuery {
        text = SearchText.normalise(text);
        if (text == null) {
            throw new IllegalArgumentException("text must not be blank");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }
}
