package com.skincare.shop.api.coupons;

/** Answers a {@link CouponStatsView} with the {@code top} most redeemed coupons. */
public record FindCouponStatsQuery(int top) {
}
