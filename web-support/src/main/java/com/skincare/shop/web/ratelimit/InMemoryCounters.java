package com.skincare.shop.web.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link Counters} in this process, for the embedded default where one JVM is the whole shop. */
public final class InMemoryCounters implements Counters {

    private record Window(long count, Instant endsAt) {
    }

    /** Past this many keys, ended windows are dropped before a new key is added. */
    private static final int SWEEP_THRESHOLD = 10_000;

    private final Clock clock;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    public InMemoryCounters(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Count increment(String key, Duration window) {
        Instant now = clock.instant();
        if (windows.size() > SWEEP_THRESHOLD) {
            windows.values().removeIf(w -> !now.isBefore(w.endsAt()));
        }
        Window updated = windows.compute(key, (k, current) -> current == null || !now.isBefore(current.endsAt())
                ? new Window(1, now.plus(window))
                : new Window(current.count() + 1, current.endsAt()));
        return new Count(updated.count(), Duration.between(now, updated.endsAt()));
    }

    @Override
    public Count peek(String key) {
        Instant now = clock.instant();
        Window window = windows.get(key);
        if (window == null || !now.isBefore(window.endsAt())) {
            return Count.NONE;
        }
        return new Count(window.count(), Duration.between(now, window.endsAt()));
    }

    @Override
    public void reset(String key) {
        windows.remove(key);
    }
}
