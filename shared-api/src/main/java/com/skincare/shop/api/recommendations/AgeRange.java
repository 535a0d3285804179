package com.skincare.shop.api.recommendations;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** The age ranges a skin questionnaire offers. */
public enum AgeRange {
    UNDER_18("under_18"), FROM_18_TO_24("18_24"), FROM_25_TO_34("25_34"), FROM_35_TO_44("35_44"),
    FROM_45_TO_54("45_54"), FROM_55("55_plus");

    private final String code;

    AgeRange(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<AgeRange> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /** From 35 on, fine lines are a concern whether or not the questionnaire names them. */
    boolean ageing() {
        return ordinal() >= FROM_35_TO_44.ordinal();
    }
}
