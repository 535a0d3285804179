package com.skincare.shop.api.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The values the documented {@code users.gender} column accepts. */
public enum Gender {
    MALE, FEMALE, OTHER;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Gender> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }

    @JsonCreator
    static Gender parse(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown gender: " + code));
    }
}
