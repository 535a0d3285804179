package com.skincare.shop.query.dashboard;

import com.skincare.shop.api.dashboard.Granularity;
import com.skincare.shop.api.dashboard.ReportRange;

import java.time.Clock;

/**
 * The parameters of the analytics reports: {@code from} and {@code to} (ISO days in Phnom Penh, both included),
 * {@code granularity} or {@code period} ({@code day}, {@code week}, {@code month}) where the report has periods,
 * and {@code limit} (1..100, 10 unless told) where it ranks.
 */
public record ReportParameters(String from, String to, String granularity, String period, String limit) {

    ReportRange range(Clock clock) {
        return ReportInput.range(from, to, clock);
    }

    Granularity granularityOrDay() {
        return ReportInput.granularity(granularity, period);
    }

    int limitOrDefault() {
        return ReportInput.limit(limit);
    }
}
