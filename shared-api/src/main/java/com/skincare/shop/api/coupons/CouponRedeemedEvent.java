package com.skincare.shop.api.coupons;

import com.skincare.shop.api.common.UserId;

import java.math.BigDecimal;
import java.util.List;

/**
 * An order used the coupon: what it took off, and the product ids of the order's lines it applied to.
 * {@code usedCount} is the coupon's count of standing redemptions with this one.
 */
public record CouponRedeemedEvent(CouponId couponId, long usageId, UserId userId, long orderId,
                                  BigDecimal discountAmount, boolean freeShipping, List<Long> appliedTo,
                                  int usedCount) {

    public CouponRedeemedEvent {
        appliedTo = appliedTo == null ? List.of() : List.copyOf(appliedTo);
    }
}
