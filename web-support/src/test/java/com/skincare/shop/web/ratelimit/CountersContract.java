package com.skincare.shop.web.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link Counters} promises, run against each implementation. */
abstract class CountersContract {

    abstract Counters counters();

    /** Waits until a window of {@code window} has certainly ended. */
    abstract void outlive(Duration window);

    final String key = "rate_limit:test:" + UUID.randomUUID();

    @Test
    void countsHitsInOneWindow() {
        Counters.Count first = counters().increment(key, Duration.ofMinutes(1));
        counters().increment(key, Duration.ofMinutes(1));
        Counters.Count third = counters().increment(key, Duration.ofMinutes(1));

        assertThat(first.value()).isEqualTo(1);
        assertThat(third.value()).isEqualTo(3);
        assertThat(third.remaining()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(third.atLeast(3)).isTrue();
        assertThat(third.atLeast(4)).isFalse();
    }

    @Test
    void laterHitsDoNotExtendTheWindow() {
        counters().increment(key, Duration.ofMinutes(1));

        Counters.Count later = counters().increment(key, Duration.ofHours(1));

        assertThat(later.remaining()).isLessThanOrEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void peekingCountsNothing() {
        assertThat(counters().peek(key)).isEqualTo(Counters.Count.NONE);
        counters().increment(key, Duration.ofMinutes(1));

        assertThat(counters().peek(key).value()).isEqualTo(1);
        assertThat(counters().peek(key).value()).isEqualTo(1);
    }

    @Test
    void aResetStartsAgainFromNothing() {
        counters().increment(key, Duration.ofMinutes(1));
        counters().increment(key, Duration.ofMinutes(1));

        counters().reset(key);

        assertThat(counters().peek(key).value()).isZero();
        assertThat(counters().increment(key, Duration.ofMinutes(1)).value()).isEqualTo(1);
    }

    @Test
    void aNewWindowStartsWhenTheLastOneEnds() {
        Duration window = Duration.ofMillis(200);
        counters().increment(key, window);
        counters().increment(key, window);

        outlive(window);

        assertThat(counters().peek(key).value()).isZero();
        assertThat(counters().increment(key, window).value()).isEqualTo(1);
    }
}
