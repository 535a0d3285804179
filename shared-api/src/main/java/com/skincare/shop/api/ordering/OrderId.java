package com.skincare.shop.api.ordering;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The documented integer id of an order; as an aggregate identifier it reads "order-7". */
public record OrderId(@JsonValue long value) {

    @JsonCreator
    public static OrderId of(long value) {
        return new OrderId(value);
    }

    @Override
    public String toString() {
        return "order-" + value;
    }
}
