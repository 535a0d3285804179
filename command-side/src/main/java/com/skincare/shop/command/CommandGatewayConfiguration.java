package com.skincare.shop.command;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The command side's gateway: Axon's default, plus a {@link ConcurrencyRetryScheduler}. Within one node Axon's
 * aggregate lock already serialises commands to one aggregate; across nodes the event store's unique
 * (aggregate, sequence) key does, and the loser is sent again instead of answering 409. That is how a coupon's
 * last use, or a product's last unit, goes to exactly one of two racing checkouts on different nodes.
 */
@Configuration(proxyBeanMethods = false)
public class CommandGatewayConfiguration {

    /**
     * Its threads are its own and not a bean: an executor bean would make Spring Boot leave out the
     * application's task executor, which other beans wait for.
     */
    @Bean(destroyMethod = "shutdown")
    public ConcurrencyRetryScheduler commandRetryScheduler(
            @Value("${shop.commands.concurrency-retries:10}") int retries,
            @Value("${shop.commands.concurrency-retry-delay:10ms}") Duration delay) {
        ScheduledExecutorService threads = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
        return new ConcurrencyRetryScheduler(threads, retries, delay.toMillis());
    }

    /** Primary: the checkout saga has a gateway of its own, which is a command gateway too. */
    @Bean
    @Primary
    public CommandGateway commandGateway(CommandBus commandBus, ConcurrencyRetryScheduler commandRetryScheduler) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(commandRetryScheduler)
                .build();
    }
}
