package com.skincare.shop.command.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs: lowercase ASCII letters and digits in words joined by single hyphens. */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern ASCII_LETTER = Pattern.compile("[a-z]");

    private Slugs() {
    }

    /**
     * Derives a slug from a name: accents are dropped ("Crème" gives "creme"), every run of other characters
     * becomes one hyphen, and the result is cut to {@code maxLength} at a word boundary where possible. A name
     * without ASCII letters (a Khmer-only name, say) gives {@code fallback}, since its slug would say nothing.
     */
    public static String derive(String name, int maxLength, String fallback) {
        String ascii = MARKS.matcher(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)).replaceAll("");
        String slug = trimHyphens(NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-"));
        if (!ASCII_LETTER.matcher(slug).find()) {
            return fallback;
        }
        if (slug.length() > maxLength) {
            String cut = slug.substring(0, maxLength);
            int lastHyphen = cut.lastIndexOf('-');
            slug = trimHyphens(slug.charAt(maxLength) == '-' || lastHyphen <= 0 ? cut : cut.substring(0, lastHyphen));
        }
        return slug;
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
