package com.skincare.shop.api.coupons;

import com.skincare.shop.api.common.PageRequest;

/**
 * Answers a {@code ResultPage<CouponView>}, newest first.
 *
 * @param search part of the code or the name, without regard to case; null for all
 * @param status null for every status
 */
public record FindCouponsQuery(String search, CouponStatus status, PageRequest page) {
}
