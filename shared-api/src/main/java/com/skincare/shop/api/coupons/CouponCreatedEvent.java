package com.skincare.shop.api.coupons;

public record CouponCreatedEvent(CouponId couponId, String code, String name, String description, CouponTerms terms,
                                 CouponStatus status) {
}
