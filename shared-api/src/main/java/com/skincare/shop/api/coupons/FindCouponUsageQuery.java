package com.skincare.shop.api.coupons;

import com.skincare.shop.api.common.PageRequest;

/** Answers an {@code Optional<ResultPage<CouponUsageView>>}, newest first; empty when there is no such coupon. */
public record FindCouponUsageQuery(long couponId, PageRequest page) {
}
