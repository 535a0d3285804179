package com.skincare.shop.api.ordering;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;

/** The documented {@code fulfillment_status}, in its lower-case codes. */
public enum FulfillmentStatus {
    UNFULFILLED, PARTIAL, FULFILLED, SHIPPED, DELIVERED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static FulfillmentStatus parse(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown FulfillmentStatus: " + code));
    }
}
