package com.skincare.shop.api.coupons;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a coupon's code, names and terms; {@code status} null leaves the status as it is. */
public record UpdateCouponCommand(
        @TargetAggregateIdentifier CouponId couponId,
        String code,
        String name,
        String description,
        CouponTerms terms,
        CouponStatus status) {
}
