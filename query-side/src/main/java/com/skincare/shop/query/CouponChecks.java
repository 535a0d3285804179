package com.skincare.shop.query;

import com.skincare.shop.api.coupons.CouponValidationView;

import java.time.LocalDate;

/**
 * The coupons' "validate" for other contexts of the query side (the cart shows what its coupon does), without
 * reaching into the coupons' package: the same answer as {@code POST /api/v1/coupons/validate}.
 */
public interface CouponChecks {

    CouponValidationView check(long userId, String code, LocalDate today);
}
