package com.skincare.shop.command.coupons;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.skincare.shop.api.coupons.CouponId;
import com.skincare.shop.api.coupons.CouponStatus;
import com.skincare.shop.api.coupons.CouponTerms;
import com.skincare.shop.api.coupons.CouponType;
import com.skincare.shop.api.coupons.CreateCouponCommand;
import com.skincare.shop.api.coupons.Money;
import com.skincare.shop.api.coupons.UpdateCouponCommand;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST} and {@code PUT /api/v1/admin/coupons}: the documented coupon columns. A PUT replaces
 * every value, so an absent optional one takes its default there too; only {@code status} means "unchanged" when
 * absent from a PUT. The rules between values (a percentage up to 100, the end not before the start) are the
 * aggregate's, answered as 400s naming the field like these.
 */
public record CouponRequest(
        @NotBlank @Size(max = 50) String code,
        @NotBlank @Size(max = 255) String name,
        @Size(max = Coupon.MAX_DESCRIPTION_LENGTH) String description,
        @NotNull @Pattern(regexp = TYPES, message = "must be one of percentage, fixed, free_shipping") String type,
        @PositiveOrZero @Digits(integer = 8, fraction = 2) BigDecimal value,
        @Positive @Digits(integer = 8, fraction = 2) BigDecimal maxDiscount,
        @Positive Integer usageLimit,
        @Positive Integer usageLimitPerUser,
        @PositiveOrZero @Digits(integer = 8, fraction = 2) BigDecimal minOrderValue,
        @Size(max = 100) List<@NotNull @Positive Long> applicableProducts,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> applicableCategories,
        @Pattern(regexp = STATUSES, message = "must be one of active, inactive, expired") String status,
        @JsonProperty("is_first_time_only") Boolean firstTimeOnly,
        LocalDate startDate,
        LocalDate endDate) {

    static final String TYPES = "percentage|fixed|free_shipping";
    static final String STATUSES = "active|inactive|expired";

    /** Status defaults to active, as in the documented table. */
    CreateCouponCommand toCreateCommand(CouponId id) {
        return new CreateCouponCommand(id, code, name, description, terms(),
                status == null ? CouponStatus.ACTIVE : status(status));
    }

    UpdateCouponCommand toUpdateCommand(CouponId id) {
        return new UpdateCouponCommand(id, code, name, description, terms(), status == null ? null : status(status));
    }

    static CouponStatus status(String code) {
        return CouponStatus.fromCode(code).orElseThrow();
    }

    /** A free-shipping coupon needs no value; the documented column is NOT NULL, so it holds 0. */
    CouponTerms terms() {
        CouponType couponType = CouponType.fromCode(type).orElseThrow();
        BigDecimal amount = value == null && couponType == CouponType.FREE_SHIPPING ? BigDecimal.ZERO : value;
        return new CouponTerms(couponType, money(amount), money(maxDiscount), usageLimit,
                usageLimitPerUser == null ? CouponTerms.DEFAULT_USAGE_LIMIT_PER_USER : usageLimitPerUser,
                money(minOrderValue), applicableProducts, applicableCategories,
                firstTimeOnly != null && firstTimeOnly, startDate, endDate);
    }

    /** Two decimals, like the documented columns, so events and answers show 12.50 however the client wrote it. */
    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : Money.of(amount);
    }
}
