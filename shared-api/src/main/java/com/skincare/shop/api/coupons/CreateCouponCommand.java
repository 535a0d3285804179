package com.skincare.shop.api.coupons;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a coupon with its documented id; {@code code} is claimed in upper case, unique without regard to case. */
public record CreateCouponCommand(
        @TargetAggregateIdentifier CouponId couponId,
        String code,
        String name,
        String description,
        CouponTerms terms,
        CouponStatus status) {
}
