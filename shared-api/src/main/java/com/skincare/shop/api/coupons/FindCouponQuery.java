package com.skincare.shop.api.coupons;

/** Answers an {@code Optional<CouponView>}. */
public record FindCouponQuery(long couponId) {
}
