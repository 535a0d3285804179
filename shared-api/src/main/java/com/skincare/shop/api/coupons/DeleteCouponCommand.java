package com.skincare.shop.api.coupons;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Deletes a coupon that no order holds a redemption of; its code becomes free again. */
public record DeleteCouponCommand(@TargetAggregateIdentifier CouponId couponId) {
}
