package com.skincare.shop.api.coupons;

import com.skincare.shop.api.common.UserId;

import java.math.BigDecimal;

/** An order used the coupon; {@code usedCount} is the coupon's count of standing redemptions with this one. */
public record CouponRedeemedEvent(CouponId couponId, long usageId, UserId userId, long orderId,
                                  BigDecimal discountAmount, boolean freeShipping, int usedCount) {
}
