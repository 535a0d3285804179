package com.skincare.shop.command.catalog;

/** Shapes of request values that Bean Validation checks with {@code @Pattern}. */
final class RequestPatterns {

    /** Lowercase ASCII letters and digits in words joined by single hyphens, as {@link Slugs} derives them. */
    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String SLUG_MESSAGE = "must be lowercase letters, digits and single hyphens";

    /** Image URLs end up in shoppers' pages, so nothing but http(s) is let through. */
    static final String HTTP_URL = "(?i)https?://\\S+";
    static final String HTTP_URL_MESSAGE = "must be an http or https URL";

    private RequestPatterns() {
    }
}
