package com.skincare.shop.query.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this node knows of the holes in the global index. A position is taken from a sequence when an event is
 * inserted, and the transaction commits later, so a reader can see position 11 while 10 is still in flight; 10
 * then commits and a consumer that went on after 11 would never see it. A hole is also left for ever by an
 * append that rolled back (two nodes appending to one aggregate, say), and the feed must not wait for that one.
 * <p>
 * A hole is known by the position of the first visible event above it. It is settled, and may be passed, once
 * this node has seen it for {@code gapTimeout}: by then the transaction that holds the position, which had
 * already inserted its event when the hole was first seen, has had that long to commit. Counting from the
 * node's first sight rather than from the later event's timestamp keeps a slow command above the hole from
 * making the hole look older than it is. A hole whose later event is older than {@code settledAfter} is settled
 * whatever this node saw, so a node that just started does not wait out every old hole again.
 */
final class FeedGaps {

    /** Holes seen at once are few (appends in flight); past this the feed waits rather than grow without bound. */
    static final int CAPACITY = 10_000;

    private record Sighting(Instant firstSeen, Instant eventAbove) {
    }

    private final Map<Long, Sighting> sightings = new ConcurrentHashMap<>();
    private final Duration gapTimeout;
    private final Duration settledAfter;
    private final Clock clock;

    FeedGaps(Duration gapTimeout, Duration settledAfter, Clock clock) {
        this.gapTimeout = gapTimeout;
        this.settledAfter = settledAfter;
        this.clock = clock;
    }

    /**
     * @param above          the position of the visible event right above the hole
     * @param eventAboveTime that event's timestamp
     * @return whether the feed may pass the hole: nothing in it can still commit
     */
    boolean settled(long above, Instant eventAboveTime) {
        Instant now = clock.instant();
        if (!eventAboveTime.plus(settledAfter).isAfter(now)) {
            sightings.remove(above);
            return true;
        }
        Sighting sighting = sightings.get(above);
        if (sighting == null) {
            forgetOld(now);
            if (sightings.size() >= CAPACITY) {
                return false;
            }
            sighting = sightings.computeIfAbsent(above, position -> new Sighting(now, eventAboveTime));
        }
        return !sighting.firstSeen().plus(gapTimeout).isAfter(now);
    }

    int known() {
        return sightings.size();
    }

    private void forgetOld(Instant now) {
        sightings.values().removeIf(s -> !s.eventAbove().plus(settledAfter).isAfter(now));
    }
}
