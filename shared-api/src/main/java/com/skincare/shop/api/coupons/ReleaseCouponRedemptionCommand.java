package com.skincare.shop.api.coupons;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Gives an order's use of the coupon back, when the order fails or is cancelled. An order without a redemption
 * (never redeemed, or already released) records nothing, so a compensation may safely run twice.
 */
public record ReleaseCouponRedemptionCommand(@TargetAggregateIdentifier CouponId couponId, long orderId) {
}
