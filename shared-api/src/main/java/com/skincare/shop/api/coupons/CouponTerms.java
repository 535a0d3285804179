package com.skincare.shop.api.coupons;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A coupon's rules as the admin sets them: the documented columns of {@code coupons} that decide whether and how
 * much it takes off. {@link #problems()} says what is wrong with them; {@link CouponPolicy} applies them.
 *
 * @param value                the percentage (0 to 100) or the fixed amount (above 0); 0 for free shipping
 * @param maxDiscount          the most the coupon takes off an order, or null for no cap
 * @param usageLimit           how many orders may use it at all, or null for no limit
 * @param usageLimitPerUser    how many of one customer's orders may use it (the documented default is 1)
 * @param minOrderValue        the basket's subtotal must reach it, or null
 * @param applicableProducts   product ids; with {@code applicableCategories} empty too, every line qualifies
 * @param applicableCategories category slugs, lower case, matched against a line's categories
 * @param firstTimeOnly        only a customer without an order may use it
 * @param startDate            the first day it may be used, inclusive, in the shop's zone; null for "since ever"
 * @param endDate              the last day it may be used, inclusive, in the shop's zone; null for "for ever"
 */
public record CouponTerms(
        CouponType type,
        BigDecimal value,
        BigDecimal maxDiscount,
        Integer usageLimit,
        int usageLimitPerUser,
        BigDecimal minOrderValue,
        List<Long> applicableProducts,
        List<String> applicableCategories,
        boolean firstTimeOnly,
        LocalDate startDate,
        LocalDate endDate) {

    public static final int DEFAULT_USAGE_LIMIT_PER_USER = 1;
    /** DECIMAL(10,2): at most eight digits before the point. */
    private static final BigDecimal MONEY_LIMIT = new BigDecimal("100000000");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public CouponTerms {
        applicableProducts = applicableProducts == null ? List.of()
                : applicableProducts.stream().filter(Objects::nonNull).distinct().toList();
        applicableCategories = applicableCategories == null ? List.of()
                : applicableCategories.stream().filter(Objects::nonNull)
                .map(c -> c.strip().toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** Whether only some lines qualify. */
    public boolean restricted() {
        return !applicableProducts.isEmpty() || !applicableCategories.isEmpty();
    }

    /** A problem with one field, named as the documented column. */
    public record Problem(String field, String message) {
    }

    /** What is wrong with these terms, field by field; empty when they can be used. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (type == null) {
            problems.add(new Problem("type", "must be one of percentage, fixed, free_shipping"));
        }
        if (value == null) {
            problems.add(new Problem("value", "must not be null"));
        } else if (!isMoney(value) || value.signum() < 0) {
            problems.add(new Problem("value", "must be an amount of at least 0 with at most two decimals"));
        } else if (type == CouponType.PERCENTAGE && value.compareTo(HUNDRED) > 0) {
            problems.add(new Problem("value", "must be from 0 to 100 for a percentage coupon"));
        } else if (type == CouponType.FIXED && value.signum() <= 0) {
            problems.add(new Problem("value", "must be greater than 0 for a fixed coupon"));
        }
        if (maxDiscount != null && (!isMoney(maxDiscount) || maxDiscount.signum() <= 0)) {
            problems.add(new Problem("max_discount", "must be an amount greater than 0 with at most two decimals"));
        }
        if (usageLimit != null && usageLimit < 1) {
            problems.add(new Problem("usage_limit", "must be at least 1"));
        }
        if (usageLimitPerUser < 1) {
            problems.add(new Problem("usage_limit_per_user", "must be at least 1"));
        }
        if (minOrderValue != null && (!isMoney(minOrderValue) || minOrderValue.signum() < 0)) {
            problems.add(new Problem("min_order_value", "must be an amount of at least 0 with at most two decimals"));
        }
        if (applicableProducts.stream().anyMatch(id -> id < 1 || id > Integer.MAX_VALUE)) {
            problems.add(new Problem("applicable_products", "must hold product ids"));
        }
        if (applicableCategories.stream().anyMatch(c -> c.isEmpty() || c.length() > 100)) {
            problems.add(new Problem("applicable_categories", "must hold category slugs of 1 to 100 characters"));
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            problems.add(new Problem("end_date", "must not be before start_date"));
        }
        return List.copyOf(problems);
    }

    private static boolean isMoney(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= Money.SCALE && amount.abs().compareTo(MONEY_LIMIT) < 0;
    }
}
