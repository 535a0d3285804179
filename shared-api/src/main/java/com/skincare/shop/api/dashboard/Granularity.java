package com.skincare.shop.api.dashboard;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a report cuts its range: days, weeks from Monday, or calendar months, in the shop's zone. */
public enum Granularity {
    DAY, WEEK, MONTH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Granularity> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }
}
