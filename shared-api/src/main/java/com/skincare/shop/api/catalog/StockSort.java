package com.skincare.shop.api.catalog;

import java.util.Arrays;
import java.util.Optional;

/** What the inventory list can be sorted by; {@code code} is the value of the {@code sort} query parameter. */
public enum StockSort {
    STOCK("stock"),
    NAME("name"),
    SKU("sku"),
    UPDATED_AT("updated_at");

    private final String code;

    StockSort(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<StockSort> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
