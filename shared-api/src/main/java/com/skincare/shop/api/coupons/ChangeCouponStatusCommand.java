package com.skincare.shop.api.coupons;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Activates, deactivates or expires a coupon; the status it already has records nothing. */
public record ChangeCouponStatusCommand(@TargetAggregateIdentifier CouponId couponId, CouponStatus status) {
}
