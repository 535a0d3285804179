package com.skincare.shop.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The documented integer id of a user. As an aggregate identifier it reads "user-7", because Axon's event store
 * keys events by identifier alone and user 7 must not collide with product 7.
 */
public record UserId(@JsonValue long value) {

    @JsonCreator
    public static UserId of(long value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return "user-" + value;
    }
}
