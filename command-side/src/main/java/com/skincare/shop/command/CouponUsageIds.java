package com.skincare.shop.command;

/**
 * Hands out the documented {@code coupon_usage.id} of a redemption before the redeeming command is sent, so that
 * a context which redeems coupons (the checkout) need not reach into the coupons' package for it.
 */
public interface CouponUsageIds {

    long nextUsageId();
}
