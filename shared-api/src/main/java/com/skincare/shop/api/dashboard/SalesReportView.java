package com.skincare.shop.api.dashboard;

import java.time.LocalDate;
import java.util.List;

/** The sales of a range: the whole range as one period ({@code total}), then every period, empty ones as zeros. */
public record SalesReportView(
        LocalDate from,
        LocalDate to,
        String granularity,
        String zone,
        SalesPeriodView total,
        List<SalesPeriodView> periods) {
}
