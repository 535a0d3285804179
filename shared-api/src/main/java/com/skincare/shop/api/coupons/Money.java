package com.skincare.shop.api.coupons;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The shop's money: two decimals, halves rounded up (HALF_UP), like the documented DECIMAL(10,2) columns. */
public final class Money {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private Money() {
    }

    public static BigDecimal of(BigDecimal amount) {
        return amount.setScale(SCALE, ROUNDING);
    }
}
