package com.skincare.shop.api.catalog;

import java.util.Arrays;
import java.util.Optional;

/** What a product list can be sorted by; {@code code} is the value of the {@code sort} query parameter. */
public enum ProductSort {
    CREATED_AT("created_at"),
    UPDATED_AT("updated_at"),
    PRICE("price"),
    NAME("name"),
    STOCK("stock"),
    /** The average of the approved reviews; unrated products count as 0. */
    RATING("rating"),
    /**
     * How well a product matches the search: the name starting with it first, then the name holding it, then
     * the weight of the English words found. Without a search, the newest first.
     */
    RELEVANCE("relevance");

    private final String code;

    ProductSort(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ProductSort> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
