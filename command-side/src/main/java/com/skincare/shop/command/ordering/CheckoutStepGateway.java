package com.skincare.shop.command.ordering;

import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The checkout saga's gateway: each step is handled in a unit of work and a transaction of its own, on a thread of
 * its own, instead of nested in the saga's event-handling unit of work.
 * <p>
 * Nested is Axon's default for a command sent while an event is handled on the local command bus, and it is wrong
 * for a checkout on several nodes: the nested step's events are only appended when the saga's unit of work commits,
 * and its aggregate lock is only released then, so (1) a product stays locked on this node for the whole checkout,
 * (2) the step "succeeds" before anything is stored, so the gateway's retry on a lost race never sees the race, and
 * (3) when another node appended to the product meanwhile, the whole checkout fails at its commit with a
 * {@code ConcurrencyException} that the event processor answers by backing off (1 s doubling to a minute) for every
 * checkout of its segment. Here a step commits when it answers: the lock is held for one command, a race lost on the
 * event store is retried at once by the delegate's retry scheduler, and the saga knows that what it was told is
 * stored. What a checkout that dies half-way has taken is given back when the order's event is handled again (every
 * step is idempotent per order) or by the order's deadline.
 */
public class CheckoutStepGateway implements CommandGateway {

    private final CommandGateway delegate;
    private final Executor steps;

    public CheckoutStepGateway(CommandGateway delegate, Executor steps) {
        this.delegate = delegate;
        this.steps = steps;
    }

    /** On a pool of its own: one thread per checkout running at once is enough, as each waits for its step. */
    public static CheckoutStepGateway onThreads(CommandGateway delegate, int threads) {
        return new CheckoutStepGateway(delegate, Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "checkout-step");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** Stops its threads, if it has its own. */
    public void shutdown() {
        if (steps instanceof ExecutorService pool) {
            pool.shutdown();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
        C message = (C) correlated(command);
        steps.execute(() -> delegate.send(message, callback));
    }

    @Override
    public <R> R sendAndWait(Object command) {
        Object message = correlated(command);
        return await(() -> delegate.sendAndWait(message));
    }

    @Override
    public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
        Object message = correlated(command);
        return await(() -> delegate.sendAndWait(message, timeout, unit));
    }

    @Override
    public <R> CompletableFuture<R> send(Object command) {
        Object message = correlated(command);
        return CompletableFuture.supplyAsync(() -> delegate.<R>send(message), steps).thenCompose(sent -> sent);
    }

    /**
     * The command as a message made on the saga's thread, where Axon's correlation data of the event being
     * handled is at hand (the request's correlation id, the causing message); the step's own thread has none.
     */
    private static CommandMessage<?> correlated(Object command) {
        return GenericCommandMessage.asCommandMessage(command);
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super CommandMessage<?>> dispatchInterceptor) {
        return delegate.registerDispatchInterceptor(dispatchInterceptor);
    }

    private <R> R await(Supplier<R> step) {
        Future<R> answer = CompletableFuture.supplyAsync(step, steps);
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a checkout step", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    private static RuntimeException rethrown(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
