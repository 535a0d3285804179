package com.skincare.shop.api.coupons;

import java.time.LocalDate;

/**
 * Answers a {@code List<AvailableCouponView>}: the active coupons within their dates on {@code today}, not used
 * up, that the customer has uses of left (and, for first-order coupons, may still use).
 */
public record FindAvailableCouponsQuery(long userId, LocalDate today) {
}
