package com.skincare.shop.api.catalog;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one form a search string is matched in: Unicode NFC (the form the product projector stores texts in, so
 * Khmer or accented Latin typed in another form still matches), every run of white space or control characters
 * as one space, no space at either end. Queries normalise their text on construction, so two spellings of one
 * search are one query, also as a cache key.
 */
public final class SearchText {

    /** Below this many characters a trigram index cannot narrow a substring search. */
    public static final int TRIGRAM = 3;

    private static final Pattern GAPS = Pattern.compile("[\\s\\p{Cntrl}\\p{Zs}]+", Pattern.UNICODE_CHARACTER_CLASS);

    private SearchText() {
    }

    /** The matching form of {@code text}, or null when nothing but white space is left. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String normalised = GAPS.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
        return normalised.isEmpty() ? null : normalised;
    }

    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
