package com.skincare.shop.projections.deadletters;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A sequenced dead-letter queue for each projection, in Axon's JDBC store ({@code axon.dead_letter_entry}, created
 * by the event store's migrations). An event its projector cannot handle is parked with its cause instead of
 * stopping the projection; the later events of its sequence (its aggregate, Axon's default sequencing) queue
 * behind it, and every other aggregate goes on.
 * <p>
 * For the SQL projections the letter is written in the batch's transaction, together with the token and the other
 * events' rows, so a letter exists exactly when its position is committed. That needs a savepoint before the
 * failing event: PostgreSQL refuses every statement of a transaction after one failed, so without it a constraint
 * violation would take the enqueue, and the rest of the batch, down with it. Savepoints cost two round trips per
 * event, so a batch has them only after one failed ({@link SavepointsAfterFailure}). Which failures are parked and
 * which fail the batch to be tried again is {@link ProjectionEnqueuePolicy}'s decision.
 * <p>
 * A reset clears the group's letters: a replay delivers every event again, those parked included, so old letters
 * would hold the replayed events of their aggregates behind them and a retry would then apply them twice. An
 * event that still fails is parked again by the replay, with the cause it has now.
 * <p>
 * A retry (Axon's {@code SequencedDeadLetterProcessor}) runs in a transaction of its own, with a savepoint per
 * letter (propagation {@code NESTED}): a letter that fails again is rolled back alone and stays first in its
 * sequence with its cause and one retry more, while the claim and the letters already done commit.
 */
public final class ProjectionDeadLetters {

    /** Letters waiting, per projection: a gauge read from the store, so it is the same on every node. */
    public static final String WAITING_METRIC = "shop.projection.dead.letters";
    /** Letters this node has parked since it started, per projection, counted once their batch committed. */
    public static final String ENQUEUED_METRIC = "shop.projection.dead.letters.enqueued";

    /** The letter's diagnostics entry counting its failed retries. */
    public static final String RETRIES = "retries";

    private ProjectionDeadLetters() {
    }

    /**
     * @param transactional groups whose projectors write PostgreSQL in the processor's transaction
     * @param untransactional groups that write elsewhere without a transaction (the Mongo analytics), whose letters
     *                        are written at once; their projectors are idempotent by event id, so an event whose
     *                        batch is delivered again is handled, or parked, once more without harm
     */
    public static ConfigurerModule module(List<String> transactional, List<String> untransactional) {
        return configurer -> configurer.eventProcessing(processing -> {
            transactional.forEach(group -> register(processing, group, true));
            untransactional.forEach(group -> register(processing, group, false));
        });
    }

    private static void register(EventProcessingConfigurer processing, String group, boolean savepoints) {
        processing.registerDeadLetterQueue(group, configuration -> queue(configuration, group))
                .registerDeadLetteringEventHandlerInvokerConfiguration(group, (configuration, invoker) -> invoker
                        .allowReset(true)
                        .enableSequenceIdentifierCache()
                        .transactionManager(nested(configuration)));
        if (!savepoints) {
            processing.registerDeadLetterPolicy(group, configuration -> ProjectionEnqueuePolicy.withoutTransaction());
            return;
        }
        // One instance for the processor's interceptor and its policy, which share the segments' modes.
        AtomicReference<SavepointsAfterFailure> instance = new AtomicReference<>();
        Function<Configuration, SavepointsAfterFailure> shared = configuration -> instance.updateAndGet(built ->
                built != null ? built
                        : new SavepointsAfterFailure(group, configuration.getComponent(ConnectionProvider.class)));
        processing.registerDeadLetterPolicy(group, configuration ->
                        ProjectionEnqueuePolicy.withSavepoints(shared.apply(configuration)))
                .registerHandlerInterceptor(group, shared::apply);
    }

    private static SequencedDeadLetterQueue<EventMessage<?>> queue(Configuration configuration, String group) {
        SequencedDeadLetterQueue<EventMessage<?>> jdbc = JdbcSequencedDeadLetterQueue.builder()
                .processingGroup(group)
                .connectionProvider(configuration.getComponent(ConnectionProvider.class))
                .transactionManager(configuration.getComponent(TransactionManager.class))
                .schema(configuration.getComponent(DeadLetterSchema.class, DeadLetterSchema::defaultSchema))
                .genericSerializer(configuration.serializer())
                .eventSerializer(configuration.eventSerializer())
                .build();
        MeterRegistry registry = configuration.getComponent(MeterRegistry.class, SimpleMeterRegistry::new);
        return new MeteredDeadLetterQueue(group, jdbc, registry);
    }

    /**
     * The transactions of a retry and of a reset: a transaction of their own when none is running, a savepoint
     * inside one when it is. With Axon's default ({@code REQUIRED}) a letter's handling joins the retry's
     * transaction and a failed letter is not undone: PostgreSQL then refuses its requeue, and the whole retry
     * fails (tried: the retry answered 500 and the letter kept its old cause).
     */
    private static TransactionManager nested(Configuration configuration) {
        PlatformTransactionManager platform = configuration.getComponent(PlatformTransactionManager.class);
        if (platform == null) {
            return configuration.getComponent(TransactionManager.class);
        }
        return new SavepointTransactionManager(platform);
    }
}
