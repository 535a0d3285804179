package com.skincare.shop.api.coupons;

public record CouponUpdatedEvent(CouponId couponId, String code, String name, String description,
                                 CouponTerms terms) {
}
