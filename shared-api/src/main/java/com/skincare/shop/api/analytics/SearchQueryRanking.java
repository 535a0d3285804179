package com.skincare.shop.api.analytics;

/** How a list of search texts is chosen and ordered. */
public enum SearchQueryRanking {
    /** Every text, most searched first. */
    MOST_SEARCHED,
    /** Texts with searches that found nothing, most such searches first. */
    ZERO_RESULTS,
    /** Every text, best click-through first among those searched at least twice, then by searches. */
    CLICK_THROUGH
}
