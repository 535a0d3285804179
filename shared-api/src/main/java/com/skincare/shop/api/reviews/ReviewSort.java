package com.skincare.shop.api.reviews;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The orders a review list may be in; newest first by default. */
public enum ReviewSort {
    CREATED_AT, RATING, HELPFUL_COUNT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReviewSort> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }
}
