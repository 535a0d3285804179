package com.skincare.shop.web.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * {@code shop.rate-limit.*}, bound by the module's defaults to the seed's {@code RATE_LIMIT_REQUESTS} and
 * {@code RATE_LIMIT_WINDOW}: how many requests one client address may make to the API in one window.
 *
 * @param requests per window and address; 0 switches the limit off
 * @param window   e.g. {@code 60s}; a bare number counts seconds
 */
@ConfigurationProperties("shop.rate-limit")
public record RateLimitProperties(Integer requests, @DurationUnit(ChronoUnit.SECONDS) Duration window) {

    public RateLimitProperties {
        requests = requests == null ? 100 : requests;
        window = window == null ? Duration.ofSeconds(60) : window;
        if (requests < 0) {
            throw new IllegalArgumentException("shop.rate-limit.requests (RATE_LIMIT_REQUESTS) must not be negative");
        }
        if (window.toMillis() < 1) {
            throw new IllegalArgumentException("shop.rate-limit.window (RATE_LIMIT_WINDOW) must be positive");
        }
    }

    public boolean enabled() {
        return requests > 0;
    }
}
