package com.skincare.shop.api.coupons;

import com.skincare.shop.api.common.UserId;

/** An order's use of the coupon was given back; {@code usedCount} is the count of standing redemptions left. */
public record CouponRedemptionReleasedEvent(CouponId couponId, long usageId, UserId userId, long orderId,
                                            int usedCount) {
}
