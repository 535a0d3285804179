package com.skincare.shop.command.coupons;

import com.skincare.shop.command.BulkOutcome;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.util.List;

/** {@code POST /api/v1/admin/coupons/bulk-update}: one status for every coupon named. */
record CouponBulkRequest(
        @NotEmpty @Size(max = BulkOutcome.MAX_IDS) List<@NotNull @Positive Long> couponIds,
        @NotNull @Pattern(regexp = CouponRequest.STATUSES, message = "must be one of active, inactive, expired")
        String status) {
}
