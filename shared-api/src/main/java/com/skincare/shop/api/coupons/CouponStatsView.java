package com.skincare.shop.api.coupons;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The coupons at a glance: how many in each status (every status named, zero included), the standing
 * redemptions and what they took off altogether, and the most redeemed coupons.
 */
public record CouponStatsView(Map<String, Long> byStatus, long totalCoupons, long totalRedemptions,
                              BigDecimal totalDiscount, List<TopCoupon> topCoupons) {

    public record TopCoupon(long id, String code, String name, long redemptions, BigDecimal totalDiscount) {
    }
}
