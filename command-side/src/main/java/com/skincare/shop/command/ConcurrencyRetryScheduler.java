package com.skincare.shop.command;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Sends a command again when, and only when, it lost a race for its aggregate's next sequence number in the
 * event store (a {@link ConcurrencyException} anywhere in the failure's causes): another node appended to the
 * aggregate first, and the retry decides the command against the aggregate as it is now. Any other failure, a
 * refusal above all, is the answer and is never retried.
 * <p>
 * Axon's own schedulers cannot say this: they retry everything not explicitly non-transient, and they test every
 * cause of a failure, so "not a ConcurrencyException" would stop a retry of a ConcurrencyException that arrives
 * wrapped. Retries wait a few random milliseconds, growing with each attempt, so racing losers spread out.
 */
public final class ConcurrencyRetryScheduler implements RetryScheduler {

    private static final int MAX_CAUSE_DEPTH = 16;

    private final ScheduledExecutorService executor;
    private final int maxRetries;
    private final long baseDelayMillis;

    public ConcurrencyRetryScheduler(ScheduledExecutorService executor, int maxRetries, long baseDelayMillis) {
        this.executor = executor;
        this.maxRetries = maxRetries;
        this.baseDelayMillis = baseDelayMillis;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable dispatchTask) {
        if (failures.size() > maxRetries || !lostARace(lastFailure)) {
            return false;
        }
        long delay = ThreadLocalRandom.current().nextLong(1, baseDelayMillis * failures.size() + 2);
        try {
            executor.schedule(dispatchTask, delay, TimeUnit.MILLISECONDS);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Stops its executor; retries not yet sent are dropped, as their callers are gone with the node. */
    public void shutdown() {
        executor.shutdownNow();
    }

    static boolean lostARace(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
