package com.skincare.shop.api.analytics;

/** Where a search was recorded: reported by the storefront, or seen by the catalog's own search endpoints. */
public enum SearchSource {
    TRACKED, PRODUCT_SEARCH
}
