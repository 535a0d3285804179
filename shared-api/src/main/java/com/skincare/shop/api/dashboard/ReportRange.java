package com.skincare.shop.api.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The days a report covers, {@code from} and {@code to} both included, as days in the shop's zone: a sale belongs
 * to the day it was made in Phnom Penh, whatever the zone of the server or of the stored UTC times.
 */
public record ReportRange(LocalDate from, LocalDate to) {

    public static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Phnom_Penh");

    public ReportRange {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("A report range needs from on or before to");
        }
    }

    /** The first instant of the range as the read tables keep times: UTC, without a zone. */
    public LocalDateTime startUtc() {
        return from.atStartOfDay(SHOP_ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /** The first instant after the range, in UTC without a zone. */
    public LocalDateTime endUtc() {
        return to.plusDays(1).atStartOfDay(SHOP_ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
