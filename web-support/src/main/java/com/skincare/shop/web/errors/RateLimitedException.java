package com.skincare.shop.web.errors;

import java.time.Duration;

/** Answers 429 {@code RATE_LIMITED} with a {@code Retry-After} header of the given wait, in whole seconds. */
public class RateLimitedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter) {
        super(ErrorCode.RATE_LIMITED.defaultMessage(), null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
