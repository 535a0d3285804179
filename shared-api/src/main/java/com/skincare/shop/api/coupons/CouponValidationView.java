package com.skincare.shop.api.coupons;

import java.math.BigDecimal;

/**
 * The answer to "may I use this code on my cart": {@code valid} with the discount, or not with the reason and
 * its code ({@code UNKNOWN_CODE} for a code no coupon has, else a {@link CouponRefusalCode}).
 */
public record CouponValidationView(boolean valid, String code, BigDecimal discountAmount, boolean freeShipping,
                                   String reason, String reasonCode) {
}
