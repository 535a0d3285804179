package com.skincare.shop.api.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The documented integer id of a category; as an aggregate identifier it reads "category-7". */
public record CategoryId(@JsonValue long value) {

    @JsonCreator
    public static CategoryId of(long value) {
        return new CategoryId(value);
    }

    @Override
    public String toString() {
        return "category-" + value;
    }
}
