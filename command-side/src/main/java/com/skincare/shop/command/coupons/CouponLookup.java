package com.skincare.shop.command.coupons;

import com.skincare.shop.api.coupons.CouponId;

/**
 * Set validation for the coupon's command handlers: one coupon per code. Written in the same transaction as the
 * events, so a refused command claims nothing. Command handlers receive it as a parameter.
 */
public interface CouponLookup {

    /** Claims the upper-case {@code code} for the coupon; true when it is now, or already was, the coupon's own. */
    boolean claimCode(CouponId coupon, String code);

    /** Frees a code the coupon no longer uses; a code owned by another coupon is left alone. */
    void releaseCode(CouponId coupon, String code);
}
