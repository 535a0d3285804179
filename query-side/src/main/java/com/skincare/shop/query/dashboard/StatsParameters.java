package com.skincare.shop.query.dashboard;

import com.skincare.shop.api.dashboard.FindDashboardStatsQuery;
import com.skincare.shop.query.RequestParameters;
import org.springframework.web.bind.annotation.BindParam;

import java.time.Clock;

/**
 * The parameters of {@code GET /api/v1/admin/dashboard/stats}: the range ({@code from}, {@code to}) and the stock
 * at or below which a product counts as low, 0..1000000, 10 unless told (as the inventory's low-stock list).
 */
public record StatsParameters(
        String from,
        String to,
        @BindParam("low_stock_threshold") String lowStockThreshold) {

    static final int DEFAULT_LOW_STOCK = 10;

    FindDashboardStatsQuery toQuery(Clock clock) {
        return new FindDashboardStatsQuery(ReportInput.range(from, to, clock), RequestParameters.wholeNumber(
                "low_stock_threshold", lowStockThreshold, 0, 1_000_000, DEFAULT_LOW_STOCK));
    }
}
