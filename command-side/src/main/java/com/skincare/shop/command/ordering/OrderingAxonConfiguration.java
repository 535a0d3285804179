package com.skincare.shop.command.ordering;

import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * How the orders are wired into Axon beyond its defaults: two tracking processors of the command side, each of one
 * segment so one node at a time acts on an order's events in their order, and each failing its batch on an error
 * so the batch is tried again after a pause instead of logged and skipped.
 * <ul>
 *   <li>{@link CheckoutFollowUp} starts at the head of the store the first time: no order placed before it existed
 *       has cart lines or a claim to act on.</li>
 *   <li>{@link OrderCompensation} resumes from its token after a crash, so every cancellation, shipment and
 *       restocking refund is compensated.</li>
 * </ul>
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OrderingProperties.class)
public class OrderingAxonConfiguration {

    @Bean
    public ConfigurerModule orderingProcessors() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(CheckoutFollowUp.GROUP, Configuration::eventStore,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialSegmentsCount(1)
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken))
                .registerListenerInvocationErrorHandler(CheckoutFollowUp.GROUP,
                        c -> PropagatingErrorHandler.instance())
                .registerTrackingEventProcessor(OrderCompensation.GROUP, Configuration::eventStore,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialSegmentsCount(1))
                .registerListenerInvocationErrorHandler(OrderCompensation.GROUP,
                        c -> PropagatingErrorHandler.instance()));
    }
}
