package com.skincare.shop.api.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The documented {@code product_status} enum. Only {@code active} products are shown to shoppers. */
public enum ProductStatus {
    DRAFT, ACTIVE, ARCHIVED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProductStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }

    @JsonCreator
    static ProductStatus parse(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown product status: " + code));
    }
}
