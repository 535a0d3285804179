package com.skincare.shop.query.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code shop.feed.*}: how the event feed treats gaps in the global index, and how many live streams a node keeps.
 *
 * @param gapTimeout    a missing position below a visible one is taken as a rolled-back append once this node has
 *                      seen it missing this long (10 s); before that the feed stops short of it, since its
 *                      transaction may still commit
 * @param settledAfter  a gap is also taken as settled when the event after it is older than this (60 s, Axon's own
 *                      gap timeout), so a node that just started need not wait out old gaps again
 * @param pollInterval  how often a stream looks for new events (250 ms)
 * @param heartbeat     a stream with nothing to send sends a comment this often (15 s), so proxies keep it open
 * @param maxStreams    open streams per node (16); one more is refused with 429 and {@code Retry-After}
 * @param maxLifetime   a stream is closed after this long (30 min); the client resumes with {@code Last-Event-ID}
 * @param streamBatch   events read per poll of a stream (200)
 */
@ConfigurationProperties("shop.feed")
public record FeedProperties(Duration gapTimeout, Duration settledAfter, Duration pollInterval, Duration heartbeat,
                             Integer maxStreams, Duration maxLifetime, Integer streamBatch) {

    public FeedProperties {
        gapTimeout = gapTimeout == null ? Duration.ofSeconds(10) : gapTimeout;
        settledAfter = settledAfter == null ? Duration.ofSeconds(60) : settledAfter;
        pollInterval = pollInterval == null ? Duration.ofMillis(250) : pollInterval;
        heartbeat = heartbeat == null ? Duration.ofSeconds(15) : heartbeat;
        maxStreams = maxStreams == null ? 16 : maxStreams;
        maxLifetime = maxLifetime == null ? Duration.ofMinutes(30) : maxLifetime;
        streamBatch = streamBatch == null ? 200 : streamBatch;
        if (maxStreams < 0 || streamBatch < 1 || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("shop.feed: max-streams must be at least 0, stream-batch at least 1 "
                    + "and poll-interval positive");
        }
    }
}
