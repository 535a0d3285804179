package com.skincare.shop.api.analytics;

import java.time.Instant;
import java.util.Objects;

/** A half-open span of time, {@code [from, to)}, that an analytics question is asked over. */
public record AnalyticsPeriod(Instant from, Instant to) {

    public AnalyticsPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }
}
