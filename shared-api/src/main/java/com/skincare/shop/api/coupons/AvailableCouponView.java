package com.skincare.shop.api.coupons;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A coupon the customer may use today, with how many more of their orders may use it. */
public record AvailableCouponView(
        long id,
        String code,
        String name,
        String description,
        String type,
        BigDecimal value,
        BigDecimal maxDiscount,
        BigDecimal minOrderValue,
        List<Long> applicableProducts,
        List<String> applicableCategories,
        @JsonProperty("is_first_time_only") boolean firstTimeOnly,
        LocalDate startDate,
        LocalDate endDate,
        int remainingUses) {
}
