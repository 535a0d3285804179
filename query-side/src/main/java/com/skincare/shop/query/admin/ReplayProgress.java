package com.skincare.shop.query.admin;

import java.time.Instant;

/**
 * How far a replay has come. {@code eventsDone} and {@code eventsTotal} are positions in the event store (the
 * rebuild's and the head's), so they read the same on every node; the rate and the estimate are known on the
 * node running the rebuild only, and are null elsewhere.
 *
 * @param phase            {@code building}, {@code switching}, {@code done} or {@code failed}
 * @param eventsPerSecond  the rebuild's pace since it started
 * @param estimatedFinish  when the copy should reach the head at that pace
 * @param error            why it failed, when it did
 */
public record ReplayProgress(String phase, long eventsDone, long eventsTotal, Double eventsPerSecond,
                             Instant estimatedFinish, Instant startedAt, Instant finishedAt, String error) {
}
