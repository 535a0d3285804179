package com.skincare.shop.projections;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The documented columns are {@code TIMESTAMP} and {@code DATE} without a time zone; they hold the event's
 * timestamp in UTC, so a replay on a server in any zone writes the same values.
 */
public final class EventTime {

    private EventTime() {
    }

    public static LocalDateTime utcTimestamp(Instant timestamp) {
        return LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
    }

    public static LocalDate utcDate(Instant timestamp) {
        return LocalDate.ofInstant(timestamp, ZoneOffset.UTC);
    }
}
