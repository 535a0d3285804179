package com.skincare.shop.command;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Axon's snapshotter as its Spring Boot default builds it, but taking snapshots on threads of its own. On the
 * committing thread (the default) a snapshot asks the connection pool for a second connection while the command
 * still holds its first; with as many commands waiting for one busy product as the pool has connections, each
 * holding one, the snapshot waits for a connection none of them gives back until the pool's timeout, and every one
 * of those requests fails (seen with concurrent restocks from two nodes).
 */
@Configuration(proxyBeanMethods = false)
public class SnapshotConfiguration {

    /** Two threads: a snapshot is a load and one insert, and Axon takes one per aggregate at a time. */
    static final int SNAPSHOT_THREADS = 2;

    /** Not an {@code Executor} bean, which would stand in for Spring's task executor. */
    public static final class SnapshotThreads implements AutoCloseable {

        private final ExecutorService pool = Executors.newFixedThreadPool(SNAPSHOT_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "aggregate-snapshot");
            thread.setDaemon(true);
            return thread;
        });

        @Override
        public void close() {
            pool.shutdown();
        }
    }

    @Bean
    public SnapshotThreads snapshotThreads() {
        return new SnapshotThreads();
    }

    @Bean
    public SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration configuration,
                                                           HandlerDefinition handlerDefinition,
                                                           ParameterResolverFactory parameterResolverFactory,
                                                           EventStore eventStore,
                                                           TransactionManager transactionManager,
                                                           SnapshotterSpanFactory spanFactory,
                                                           SnapshotThreads threads) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(threads.pool)
                .build();
    }
}
