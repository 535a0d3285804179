package com.skincare.shop.api.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The values the documented {@code user_addresses.type} column accepts. */
public enum AddressType {
    SHIPPING, BILLING;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AddressType> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }

    @JsonCreator
    static AddressType parse(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown address type: " + code));
    }
}
