package com.skincare.shop.query.analytics;

import com.skincare.shop.api.analytics.AnalyticsPeriod;
import com.skincare.shop.query.RequestParameters;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The analytics' query parameters. Days are the shop's days, in Phnom Penh: {@code from} and {@code to} are
 * inclusive dates ({@code 2025-06-30}); without them a period is the last 30 days up to today.
 */
final class AnalyticsParameters {

    static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Phnom_Penh");
    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;
    static final int MAX_LIMIT = 100;
    static final int DEFAULT_LIMIT = 10;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private AnalyticsParameters() {
    }

    static AnalyticsPeriod period(String from, String to, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(SHOP_ZONE));
        LocalDate last = RequestParameters.given(to) ? date("to", to) : today;
        LocalDate first = RequestParameters.given(from) ? date("from", from) : last.minusDays(DEFAULT_DAYS - 1L);
        if (last.isBefore(first)) {
            throw RequestParameters.invalid("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw RequestParameters.invalid("from", "a period spans at most " + MAX_DAYS + " days");
        }
        return new AnalyticsPeriod(first.atStartOfDay(SHOP_ZONE).toInstant(),
                last.plusDays(1).atStartOfDay(SHOP_ZONE).toInstant());
    }

    /** The last {@code days} days up to now, for the public trending list. */
    static AnalyticsPeriod lastDays(String days, Clock clock) {
        int count = RequestParameters.wholeNumber("days", days, 1, 90, 7);
        LocalDate today = LocalDate.now(clock.withZone(SHOP_ZONE));
        return new AnalyticsPeriod(today.minusDays(count - 1L).atStartOfDay(SHOP_ZONE).toInstant(),
                today.plusDays(1).atStartOfDay(SHOP_ZONE).toInstant());
    }

    static int limit(String limit) {
        return RequestParameters.wholeNumber("limit", limit, 1, MAX_LIMIT, DEFAULT_LIMIT);
    }

    private static LocalDate date(String name, String raw) {
        LocalDate date;
        try {
            date = LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw RequestParameters.invalid(name, "must be a date like 2025-06-30");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw RequestParameters.invalid(name, "must be a date from " + EARLIEST + " to " + LATEST);
        }
        return date;
    }
}
