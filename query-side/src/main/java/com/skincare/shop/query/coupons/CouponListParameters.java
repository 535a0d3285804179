package com.skincare.shop.query.coupons;

import com.skincare.shop.api.coupons.CouponStatus;
import com.skincare.shop.api.coupons.FindCouponsQuery;
import com.skincare.shop.query.RequestParameters;

/**
 * The query parameters of the admin's coupon list, bound as sent (text) and checked by {@link #toQuery}:
 * {@code page}, {@code limit}, {@code search} (part of the code or the name) and {@code status}.
 */
public record CouponListParameters(String page, String limit, String search, String status) {

    FindCouponsQuery toQuery() {
        return new FindCouponsQuery(RequestParameters.text("search", search),
                RequestParameters.code("status", status, CouponStatus::fromCode, CouponStatus.values(),
                        CouponStatus::code),
                RequestParameters.page(page, limit, CouponQueryHandler.DEFAULT_LIMIT));
    }
}
