package com.skincare.shop.api.coupons;

import java.time.LocalDate;

/** Answers a {@link CouponValidationView}: the coupon with {@code code} checked against the customer's cart. */
public record ValidateCouponQuery(long userId, String code, LocalDate today) {
}
