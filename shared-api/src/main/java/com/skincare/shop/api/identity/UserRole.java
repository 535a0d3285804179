package com.skincare.shop.api.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The documented {@code user_role} enum. A moderator may moderate reviews and nothing else. */
public enum UserRole {
    CUSTOMER, ADMIN, MODERATOR;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<UserRole> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }

    @JsonCreator
    static UserRole parse(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown user role: " + code));
    }
}
