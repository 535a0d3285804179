package com.skincare.shop.query.feed;

import com.skincare.shop.api.feed.FeedEventView;
import com.skincare.shop.api.feed.FeedPageView;
import com.skincare.shop.api.feed.FindFeedEventsQuery;
import com.skincare.shop.query.QueryAnswers;
import com.skincare.shop.web.errors.RateLimitedException;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The feed's Server-Sent Events streams. A stream holds no thread while it waits: the request is asynchronous,
 * and a pool polls every open stream in turn, reading through the same query as the paged feed, so a stream
 * never passes a hole that may still fill. Each event goes out with its position as the SSE id, which a
 * client sends back as {@code Last-Event-ID} when it reconnects. A node keeps at most
 * {@link FeedProperties#maxStreams()} streams, each for at most {@link FeedProperties#maxLifetime()}, so clients
 * cannot pile up connections.
 */
@Component
public class FeedStreams implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(FeedStreams.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final Duration RECONNECT = Duration.ofSeconds(1);

    private final QueryGateway queries;
    private final FeedProperties properties;
    private final Clock clock;
    private final Semaphore slots;
    private final Set<Stream> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller;

    public FeedStreams(QueryGateway queries, FeedProperties properties, ObjectProvider<Clock> clock) {
        this.queries = queries;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.slots = new Semaphore(properties.maxStreams());
        AtomicInteger threads = new AtomicInteger();
        // A thread per stream at most, made as streams need them: a client that reads slowly blocks its own.
        this.poller = Executors.newScheduledThreadPool(Math.max(1, properties.maxStreams()), task -> {
            Thread thread = new Thread(task, "feed-stream-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Opens a stream of the events after {@code after}; 429 when the node holds as many as it may. */
    public SseEmitter open(long after) {
        if (!slots.tryAcquire()) {
            throw new RateLimitedException(RETRY_AFTER);
        }
        SseEmitter emitter = new SseEmitter(properties.maxLifetime().toMillis());
        Stream stream = new Stream(emitter, after);
        open.add(stream);
        emitter.onCompletion(stream::close);
        emitter.onError(error -> stream.close());
        emitter.onTimeout(() -> {
            stream.close();
            emitter.complete();
        });
        stream.start();
        return emitter;
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
        open.forEach(stream -> {
            stream.close();
            stream.emitter.complete();
        });
    }

    private final class Stream {

        private final SseEmitter emitter;
        private final AtomicBoolean closed = new AtomicBoolean();
        private volatile ScheduledFuture<?> polling;
        private long cursor;
        private Instant lastSent;

        Stream(SseEmitter emitter, long after) {
            this.emitter = emitter;
            this.cursor = after;
        }

        void start() {
            lastSent = clock.instant();
            try {
                // Sent at once so the client sees the stream open before the first event.
                emitter.send(SseEmitter.event().reconnectTime(RECONNECT.toMillis()).comment("feed after " + cursor));
            } catch (IOException gone) {
                close();
                return;
            }
            polling = poller.scheduleWithFixedDelay(this::poll, 0, properties.pollInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
            if (closed.get()) {
                polling.cancel(false);
            }
        }

        /** Runs on one poller thread at a time, so the cursor needs no lock. */
        private void poll() {
            if (closed.get()) {
                return;
            }
            try {
                FeedPageView page = QueryAnswers.await(queries.query(
                        new FindFeedEventsQuery(cursor, properties.streamBatch()), FeedPageView.class));
                for (FeedEventView event : page.events()) {
                    emitter.send(SseEmitter.event().id(Long.toString(event.position()))
                            .data(event, MediaType.APPLICATION_JSON));
                    cursor = event.position();
                }
                Instant now = clock.instant();
                if (!page.events().isEmpty()) {
                    lastSent = now;
                } else if (!lastSent.plus(properties.heartbeat()).isAfter(now)) {
                    emitter.send(SseEmitter.event().comment("heartbeat"));
                    lastSent = now;
                }
            } catch (IOException | IllegalStateException gone) {
                // The client went away (or the stream completed); a reconnect resumes from its last id.
                close();
                emitter.completeWithError(gone);
            } catch (RuntimeException failed) {
                // The event store did not answer; the next poll tries again from the same position.
                LOG.warn("Event feed stream could not read after position {}: {}", cursor, failed.toString());
            }
        }

        void close() {
            if (closed.compareAndSet(false, true)) {
                ScheduledFuture<?> running = polling;
                if (running != null) {
                    running.cancel(false);
                }
                open.remove(this);
                slots.release();
            }
        }
    }
}
