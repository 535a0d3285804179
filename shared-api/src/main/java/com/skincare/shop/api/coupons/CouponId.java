package com.skincare.shop.api.coupons;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The documented integer id of a coupon; as an aggregate identifier it reads "coupon-3". */
public record CouponId(@JsonValue long value) {

    @JsonCreator
    public static CouponId of(long value) {
        return new CouponId(value);
    }

    @Override
    public String toString() {
        return "coupon-" + value;
    }
}
