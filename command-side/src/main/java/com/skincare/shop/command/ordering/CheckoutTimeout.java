package com.skincare.shop.command.ordering;

import java.time.Duration;

/** How long after its placing an order's checkout may take before it is rejected {@code CHECKOUT_TIMED_OUT}. */
public record CheckoutTimeout(Duration duration) {

    public CheckoutTimeout {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("shop.checkout.timeout must be positive");
        }
    }
}
