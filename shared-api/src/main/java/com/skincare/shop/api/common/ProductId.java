package com.skincare.shop.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The documented integer id of a product. As an aggregate identifier it reads "product-42", because Axon's
 * event store keys events by identifier alone and category 42 must not collide with product 42.
 */
public record ProductId(@JsonValue long value) {

    @JsonCreator
    public static ProductId of(long value) {
        return new ProductId(value);
    }

    @Override
    public String toString() {
        return "product-" + value;
    }
}
