package com.skincare.shop.api.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;

/** Why a product's stock changed; every stock event carries one, so the history of stock is readable. */
public enum StockChangeReason {
    INITIAL, RESTOCK, ADJUSTMENT, ORDER, CANCELLATION, REFUND;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static StockChangeReason parse(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown stock change reason: " + code));
    }
}
