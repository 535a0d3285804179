package com.skincare.shop.command.ordering;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

import java.time.Duration;

/**
 * How the checkout is wired into Axon beyond its defaults: its deadline, the saga's processor and gateway, and the
 * timeouts' releases inside the deadline's unit of work.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class CheckoutAxonConfiguration {

    /** Axon's name for the processor of {@link CheckoutSaga}. */
    public static final String SAGA_PROCESSOR = CheckoutSaga.class.getSimpleName() + "Processor";

    @Bean
    public CheckoutTimeout checkoutTimeout(@Value("${shop.checkout.timeout:2m}") Duration timeout) {
        return new CheckoutTimeout(timeout);
    }

    /**
     * A thread for each saga thread and one each for the two single-threaded processors that send commands while
     * they handle an event, the follow-up and the compensation: none of them waits for a step behind another.
     */
    @Bean(destroyMethod = "shutdown")
    public CheckoutStepGateway checkoutStepGateway(CommandGateway commandGateway,
                                                   @Value("${shop.checkout.saga-threads:4}") int sagaThreads) {
        return CheckoutStepGateway.onThreads(commandGateway, sagaThreads + 2);
    }

    /**
     * Checkouts run in {@code saga-segments} segments, ordered per order (Axon sequences a saga's events by their
     * aggregate), on up to {@code saga-threads} threads a node, one segment each. With as many threads as segments
     * (the default) one node claims them all and another takes over a dead node's segments once their claims expire,
     * so every segment has a node while one runs; fewer threads spread the segments over the nodes, at the price of
     * segments without a node when too few nodes run. Segments are fixed when the processor first starts on an event
     * store. The timeouts' releases subscribe, with errors propagating, so they run in the deadline's own unit of
     * work and fail it when they fail.
     */
    @Bean
    public ConfigurerModule checkoutProcessors(@Value("${shop.checkout.saga-threads:4}") int sagaThreads,
                                               @Value("${shop.checkout.saga-segments:4}") int sagaSegments) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(SAGA_PROCESSOR, Configuration::eventStore,
                        c -> TrackingEventProcessorConfiguration.forParallelProcessing(sagaThreads)
                                .andInitialSegmentsCount(sagaSegments))
                .registerSubscribingEventProcessor(CheckoutTimeouts.GROUP)
                .registerListenerInvocationErrorHandler(CheckoutTimeouts.GROUP,
                        c -> PropagatingErrorHandler.instance()));
    }
}
