package com.skincare.shop.api.cart;

/** The cart holds the coupon with {@code code}, in upper case as the coupon keeps it. */
public record CartCouponAppliedEvent(CartId cartId, long couponId, String code) {
}
