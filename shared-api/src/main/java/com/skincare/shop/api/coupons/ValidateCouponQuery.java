package com.skincare.shop.api.coupons;

import java.time.LocalDate;

/**
 * Answers a {@link CouponValidationView}: the coupon with {@code code} checked against the customer's cart, priced
 * as the cart is, so a free-shipping coupon takes off what shipping would cost that cart.
 */
public record ValidateCouponQuery(long userId, String code, LocalDate today) {
}
