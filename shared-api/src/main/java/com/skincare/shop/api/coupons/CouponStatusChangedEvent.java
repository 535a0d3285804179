package com.skincare.shop.api.coupons;

public record CouponStatusChangedEvent(CouponId couponId, CouponStatus status) {
}
