package com.skincare.shop.web.ratelimit;

import java.time.Duration;

/**
 * Fixed-window counters shared by every node: the first hit of a key starts its window, the key and its count
 * vanish when the window ends. The seed's rate limits are built on them ({@code rate_limit:api:{ip}},
 * {@code rate_limit:login:{ip}}).
 * <p>
 * A failing store throws {@link com.skincare.shop.web.errors.ServiceUnavailableException}.
 */
public interface Counters {

    /** Counts one more hit of {@code key}, starting a window of {@code window} if none is running. */
    Count increment(String key, Duration window);

    /** The count of {@code key} without counting; zero when no window is running. */
    Count peek(String key);

    /** Ends the key's window early, e.g. after a successful sign-in. */
    void reset(String key);

    /**
     * @param value     hits in the running window
     * @param remaining how long the window still runs; zero when none is
     */
    record Count(long value, Duration remaining) {

        public static final Count NONE = new Count(0, Duration.ZERO);

        public boolean atLeast(long limit) {
            return value >= limit;
        }
    }
}
