package com.skincare.shop.api.ordering;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The orders an admin may list orders in. */
public enum OrderSort {
    CREATED_AT, UPDATED_AT, TOTAL, ORDER_NUMBER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OrderSort> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }
}
