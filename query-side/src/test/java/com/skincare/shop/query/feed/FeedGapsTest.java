package com.skincare.shop.query.feed;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class FeedGapsTest {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SETTLED_AFTER = Duration.ofSeconds(60);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final FeedGaps gaps = new FeedGaps(GAP_TIMEOUT, SETTLED_AFTER, clock);

    @Test
    void aYoungHoleHoldsUntilThisNodeHasSeenItForTheTimeout() {
        Instant eventAbove = clock.instant();

        assertThat(gaps.settled(11, eventAbove)).isFalse();
        clock.advance(GAP_TIMEOUT.minusMillis(1));
        assertThat(gaps.settled(11, eventAbove)).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(gaps.settled(11, eventAbove)).isTrue();
    }

    @Test
    void theTimeoutCountsFromTheFirstSightNotFromTheEventAbove() {
        // The event above the hole was made 9 s before it committed (a slow command): the hole is new all the same.
        Instant eventAbove = clock.instant().minusSeconds(9);

        assertThat(gaps.settled(11, eventAbove)).isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(gaps.settled(11, eventAbove)).as("11 s after the event above, 2 s after the sight").isFalse();
    }

    @Test
    void aHoleBelowAnOldEventIsSettledWithoutWaiting() {
        assertThat(gaps.settled(11, clock.instant().minus(SETTLED_AFTER))).isTrue();
        assertThat(gaps.known()).isZero();
    }

    @Test
    void holesAreForgottenOnceTheirEventIsOldEnoughToSettleThemAnyway() {
        Instant eventAbove = clock.instant();
        gaps.settled(11, eventAbove);
        gaps.settled(20, eventAbove);
        assertThat(gaps.known()).isEqualTo(2);

        clock.advance(SETTLED_AFTER);
        gaps.settled(30, clock.instant());

        assertThat(gaps.known()).isEqualTo(1);
        assertThat(gaps.settled(11, eventAbove)).isTrue();
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
