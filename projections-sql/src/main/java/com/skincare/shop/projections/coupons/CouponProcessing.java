package com.skincare.shop.projections.coupons;

/**
 * The processing group of {@code coupons} and {@code coupon_usage}. Its own stream, one segment: a coupon's
 * events must arrive in their order, and its usage rows refer to its row. The usage rows also refer to
 * {@code users}, which the customers group writes; a redemption is only possible for a registered user, whose row
 * that group wrote long before (see the projector for the one exception).
 */
public final class CouponProcessing {

    public static final String GROUP = "coupons";

    private CouponProcessing() {
    }
}
