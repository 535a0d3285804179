package com.skincare.shop.api.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The customers of a range: {@code total_customers} has accounts now; {@code total} is the whole range as one
 * period (each buyer once), then every period; the cart conversion and the best customers of the range.
 */
public record CustomerReportView(
        LocalDate from,
        LocalDate to,
        String granularity,
        String zone,
        long totalCustomers,
        CustomerPeriodView total,
        List<CustomerPeriodView> periods,
        CartConversionView cartConversion,
        List<TopCustomerView> topCustomers) {
}
