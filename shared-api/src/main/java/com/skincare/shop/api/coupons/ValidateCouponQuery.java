package com.skincare.shop.api.coupons;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Answers a {@link CouponValidationView}: the coupon with {@code code} checked against the customer's cart.
 *
 * @param shippingFee what shipping would cost the cart, the amount a free-shipping coupon takes off
 */
public record ValidateCouponQuery(long userId, String code, LocalDate today, BigDecimal shippingFee) {
}
