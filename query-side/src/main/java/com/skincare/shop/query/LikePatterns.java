package com.skincare.shop.query;

/**
 * LIKE patterns from text a client sent. A search for "50%" finds "50%", not everything: LIKE's wildcards in the
 * text are made literal with PostgreSQL's default escape character, the backslash.
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** Matches any value that contains {@code text}; use with {@code ILIKE} for a search that ignores case. */
    public static String containing(String text) {
        return "%" + literal(text) + "%";
    }

    /** {@code text} with its {@code %}, {@code _} and {@code \} escaped, for patterns of one's own making. */
    public static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
