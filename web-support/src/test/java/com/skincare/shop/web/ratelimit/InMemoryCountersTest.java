package com.skincare.shop.web.ratelimit;

import com.skincare.shop.web.MovableClock;

import java.time.Duration;
import java.time.Instant;

class InMemoryCountersTest extends CountersContract {

    private final MovableClock clock =
            new MovableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final InMemoryCounters counters = new InMemoryCounters(clock);

    @Override
    Counters counters() {
        return counters;
    }

    @Override
    void outlive(Duration window) {
        clock.advance(window);
    }
}
