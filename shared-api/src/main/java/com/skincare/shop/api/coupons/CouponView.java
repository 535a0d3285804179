package com.skincare.shop.api.coupons;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A coupon as the documented {@code coupons} table holds it; {@code type} and {@code status} as their codes. */
public record CouponView(
        long id,
        String code,
        String name,
        String description,
        String type,
        BigDecimal value,
        BigDecimal maxDiscount,
        Integer usageLimit,
        int usedCount,
        int usageLimitPerUser,
        BigDecimal minOrderValue,
        List<Long> applicableProducts,
        List<String> applicableCategories,
        String status,
        @JsonProperty("is_first_time_only") boolean firstTimeOnly,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate createdAt,
        Instant updatedAt) {
}
