package com.skincare.shop.api.coupons;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One standing redemption, a {@code coupon_usage} row. {@code orderId} is the order that redeemed it (the
 * documented {@code order_id} column stays empty until orders are projected, see the projector).
 */
public record CouponUsageView(long id, long couponId, Long userId, Long orderId, BigDecimal discountAmount,
                              Instant usedAt) {
}
