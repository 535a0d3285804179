package com.skincare.shop.api.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The documented {@code user_language} enum: English or Khmer. */
public enum Language {
    EN, KH;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }

    @JsonCreator
    static Language parse(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown language: " + code));
    }
}
