package com.skincare.shop.api.dashboard;

import java.time.LocalDate;
import java.util.List;

/** The revenue of a range: the whole range ({@code total}), then every period, empty ones as zeros. */
public record RevenueReportView(
        LocalDate from,
        LocalDate to,
        String granularity,
        String zone,
        RevenuePeriodView total,
        List<RevenuePeriodView> periods) {
}
