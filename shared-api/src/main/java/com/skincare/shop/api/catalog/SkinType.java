package com.skincare.shop.api.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** The documented {@code skin_type} enum. */
public enum SkinType {
    OILY, DRY, COMBINATION, SENSITIVE, NORMAL, ALL;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    public static Optional<SkinType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }

    @JsonCreator
    static SkinType parse(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown skin type: " + code));
    }
}
