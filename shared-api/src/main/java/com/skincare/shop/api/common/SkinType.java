package com.skincare.shop.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The documented {@code skin_type} enum, shared by products (made for) and users (their skin). */
public enum SkinType {
    OILY, DRY, COMBINATION, SENSITIVE, NORMAL, ALL;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SkinType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }

    @JsonCreator
    static SkinType parse(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown skin type: " + code));
    }
}
