package com.skincare.shop.api.coupons;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The documented {@code coupon_status} enum, as the admin sets it. A coupon past its {@code end_date} is refused
 * as expired whatever its status says; no event changes the status when the date passes.
 */
public enum CouponStatus {
    ACTIVE, INACTIVE, EXPIRED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CouponStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
