package com.skincare.shop.api.dashboard;

import java.time.LocalDate;

/**
 * The customers of one period: {@code new_customers} signed up in it (accounts that are customers now);
 * {@code buyers} placed an order in it that stands; of them, {@code first_time_buyers} had never had one before
 * the period and {@code returning_buyers} had.
 */
public record CustomerPeriodView(
        LocalDate period,
        LocalDate from,
        LocalDate to,
        long newCustomers,
        long buyers,
        long firstTimeBuyers,
        long returningBuyers) {
}
