package com.skincare.shop.api.cart;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Puts the coupon with {@code code} on the cart, in place of any coupon it holds: an order carries one coupon.
 *
 * @param today the shop's day (Phnom Penh) at the request, which the coupon's dates are checked against
 */
public record ApplyCartCouponCommand(@TargetAggregateIdentifier CartId cartId, String code, LocalDate today) {
}
