package com.skincare.shop.api.wishlist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.skincare.shop.api.common.UserId;

/** A customer's one wishlist, known by the customer's id; as an aggregate identifier it reads "wishlist-7". */
public record WishlistId(@JsonValue long value) {

    @JsonCreator
    public static WishlistId of(long value) {
        return new WishlistId(value);
    }

    public static WishlistId of(UserId owner) {
        return new WishlistId(owner.value());
    }

    public UserId owner() {
        return UserId.of(value);
    }

    @Override
    public String toString() {
        return "wishlist-" + value;
    }
}
