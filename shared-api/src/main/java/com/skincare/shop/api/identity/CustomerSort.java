package com.skincare.shop.api.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The orders an admin may list users in. */
public enum CustomerSort {
    CREATED_AT, UPDATED_AT, EMAIL, NAME, TOTAL_ORDERS, TOTAL_SPENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CustomerSort> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }
}
