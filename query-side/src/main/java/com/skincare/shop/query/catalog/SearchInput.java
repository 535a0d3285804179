package com.skincare.shop.query.catalog;

import com.skincare.shop.api.catalog.SearchText;
import com.skincare.shop.query.RequestParameters;

/** Reads a search string as sent in a request parameter. */
final class SearchInput {

    private SearchInput() {
    }

    /**
     * The text in the {@link SearchText} form it is matched in, at most {@value RequestParameters#MAX_TEXT_LENGTH}
     * characters: a longer one is refused rather than cut, so the shopper learns why nothing matched. Null when
     * nothing but white space was sent.
     */
    static String of(String name, String raw) {
        String value = SearchText.normalise(raw);
        if (value != null && SearchText.length(value) > RequestParameters.MAX_TEXT_LENGTH) {
            throw RequestParameters.invalid(name, "must be at most " + RequestParameters.MAX_TEXT_LENGTH
                    + " characters");
        }
        return value;
    }

    /** Like {@link #of}, and refused when missing. */
    static String required(String name, String raw) {
        String value = of(name, raw);
        if (value == null) {
            throw RequestParameters.invalid(name, "is required");
        }
        return value;
    }
}
