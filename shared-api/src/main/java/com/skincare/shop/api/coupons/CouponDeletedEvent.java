package com.skincare.shop.api.coupons;

public record CouponDeletedEvent(CouponId couponId, String code) {
}
