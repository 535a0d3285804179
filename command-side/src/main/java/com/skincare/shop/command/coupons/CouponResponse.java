package com.skincare.shop.command.coupons;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.skincare.shop.api.coupons.CouponStatus;
import com.skincare.shop.api.coupons.CouponTerms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A coupon as a write answers it: what the command carried, in the documented columns. The code is the stored
 * one, in upper case; {@code status} is null after an update that left it unchanged.
 */
public record CouponResponse(
        long id,
        String code,
        String name,
        String description,
        String type,
        BigDecimal value,
        BigDecimal maxDiscount,
        Integer usageLimit,
        int usageLimitPerUser,
        BigDecimal minOrderValue,
        List<Long> applicableProducts,
        List<String> applicableCategories,
        String status,
        @JsonProperty("is_first_time_only") boolean firstTimeOnly,
        LocalDate startDate,
        LocalDate endDate) {

    static CouponResponse of(long id, String code, String name, String description, CouponTerms terms,
                             CouponStatus status) {
        return new CouponResponse(id, code.strip().toUpperCase(Locale.ROOT), name.strip(), description,
                terms.type().code(), terms.value(), terms.maxDiscount(), terms.usageLimit(),
                terms.usageLimitPerUser(), terms.minOrderValue(), terms.applicableProducts(),
                terms.applicableCategories(), status == null ? null : status.code(), terms.firstTimeOnly(),
                terms.startDate(), terms.endDate());
    }
}
