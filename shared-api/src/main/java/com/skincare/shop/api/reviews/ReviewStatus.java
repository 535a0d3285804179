package com.skincare.shop.api.reviews;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The documented {@code review_status} enum. Only approved reviews are public. */
public enum ReviewStatus {
    PENDING, APPROVED, REJECTED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReviewStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }

    @JsonCreator
    static ReviewStatus parse(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown review status: " + code));
    }
}
