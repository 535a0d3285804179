package com.skincare.shop.api.coupons;

/**
 * What {@link CouponPolicy} must know beyond the coupon's terms, as it stands when it is asked: the coupon's
 * status, how often it is used now (all customers, and this customer), and whether this is the customer's first
 * order. The aggregate answers the counts from its own redemptions; the query side from {@code coupons} and
 * {@code coupon_usage}.
 */
public record CouponFacts(CouponStatus status, int usedCount, int usedByCustomer, boolean firstOrder) {
}
