package com.skincare.shop.query.dashboard;

import com.skincare.shop.api.dashboard.Granularity;
import com.skincare.shop.api.dashboard.ReportRange;
import com.skincare.shop.query.RequestParameters;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Checks the report parameters that arrive as text, so that a bad one answers 400 naming it. Dates are ISO days
 * ({@code 2026-12-01}) from 2000-01-01 to 2100-12-31, in the shop's zone; a range spans at most
 * {@value #MAX_DAYS} days (three years). Without dates a report covers the last {@value #DEFAULT_DAYS} days up to
 * today in Phnom Penh; with one of them, the other is today or {@value #DEFAULT_DAYS} days before {@code to}.
 */
final class ReportInput {

    static final int MAX_DAYS = 1096;
    static final int DEFAULT_DAYS = 30;
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;

    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private ReportInput() {
    }

    static ReportRange range(String from, String to, Clock clock) {
        LocalDate last = date("to", to);
        LocalDate first = date("from", from);
        if (last == null) {
            last = LocalDate.now(clock.withZone(ReportRange.SHOP_ZONE));
        }
        if (first == null) {
            first = last.minusDays(DEFAULT_DAYS - 1L);
            if (first.isBefore(EARLIEST)) {
                first = EARLIEST;
            }
        }
        if (first.isAfter(last)) {
            throw RequestParameters.invalid("from", "must not be after to (" + last + ")");
        }
        ReportRange range = new ReportRange(first, last);
        if (range.days() > MAX_DAYS) {
            throw RequestParameters.invalid("to", "must be at most " + MAX_DAYS + " days from from, both included");
        }
        return range;
    }

    /**
     * {@code granularity} as seed 000's clients send it, {@code period} as seed 004's; either, or both when they
     * agree. A day unless told.
     */
    static Granularity granularity(String granularity, String period) {
        Granularity byGranularity = code("granularity", granularity);
        Granularity byPeriod = code("period", period);
        if (byGranularity != null && byPeriod != null && byGranularity != byPeriod) {
            throw RequestParameters.invalid("period", "must be the same as granularity when both are given");
        }
        return byGranularity != null ? byGranularity : byPeriod != null ? byPeriod : Granularity.DAY;
    }

    static int limit(String raw) {
        return RequestParameters.limit("limit", raw, MAX_LIMIT, DEFAULT_LIMIT);
    }

    private static Granularity code(String name, String raw) {
        return RequestParameters.code(name, raw, Granularity::fromCode, Granularity.values(), Granularity::code);
    }

    private static LocalDate date(String name, String raw) {
        if (!RequestParameters.given(raw)) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw RequestParameters.invalid(name, "must be a date such as 2026-12-01");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw RequestParameters.invalid(name, "must be from " + EARLIEST + " to " + LATEST);
        }
        return date;
    }
}
