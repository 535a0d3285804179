package com.skincare.shop.api.coupons;

/** Why {@link CouponPolicy} refuses a coupon for a basket; stable codes a client can act on. */
public enum CouponRefusalCode {
    COUPON_INACTIVE,
    COUPON_EXPIRED,
    COUPON_NOT_STARTED,
    COUPON_USED_UP,
    COUPON_ALREADY_USED,
    FIRST_ORDER_ONLY,
    MIN_ORDER_NOT_MET,
    NOT_APPLICABLE
}
