package com.skincare.shop.api.coupons;

import java.math.BigDecimal;
import java.util.List;

/** The answer to a {@link RedeemCouponCommand}: what the order takes off, and on which of its lines. */
public record CouponRedemption(CouponId couponId, long usageId, long orderId, BigDecimal discountAmount,
                               boolean freeShipping, List<Long> appliedTo) {

    public CouponRedemption {
        appliedTo = List.copyOf(appliedTo);
    }
}
