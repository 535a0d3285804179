package com.skincare.shop.api.coupons;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The documented {@code coupon_type} enum. Plain Java, like every type {@link CouponPolicy} reads, so the policy
 * depends on nothing but the JDK; the JSON and SQL spelling is {@link #code()}.
 */
public enum CouponType {
    /** {@code value} percent (0 to 100) of the lines the coupon applies to. */
    PERCENTAGE,
    /** {@code value} off the lines the coupon applies to, never more than they cost. */
    FIXED,
    /** The shipping fee; {@code value} is not used. */
    FREE_SHIPPING;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CouponType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}
