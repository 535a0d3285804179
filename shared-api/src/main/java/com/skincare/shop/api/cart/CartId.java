package com.skincare.shop.api.cart;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.skincare.shop.api.common.UserId;

/** A customer's one cart, known by the customer's id; as an aggregate identifier it reads "cart-7". */
public record CartId(@JsonValue long value) {

    @JsonCreator
    public static CartId of(long value) {
        return new CartId(value);
    }

    public static CartId of(UserId owner) {
        return new CartId(owner.value());
    }

    public UserId owner() {
        return UserId.of(value);
    }

    @Override
    public String toString() {
        return "cart-" + value;
    }
}
