package com.skincare.shop.api.dashboard;

import java.math.BigDecimal;

/**
 * A customer by what they spent in a range: the orders placed in it that stand, and their totals less what was
 * refunded on them, as {@code users.total_spent} counts over all time.
 */
public record TopCustomerView(long userId, String name, String email, long orders, BigDecimal spent) {
}
