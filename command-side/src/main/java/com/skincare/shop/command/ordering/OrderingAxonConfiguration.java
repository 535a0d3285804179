package com.skincare.shop.command.ordering;

import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The order compensation's processor: tracking, so it resumes from its token after a crash; one segment, so one
 * node at a time sends an order's compensations in the order of its events; and propagating errors, so a failed
 * command stops the processor on that event and Axon tries it again after a pause instead of logging and going on.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class OrderingAxonConfiguration {

    @Bean
    public ConfigurerModule orderCompensationProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(OrderCompensation.GROUP, Configuration::eventStore,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialSegmentsCount(1))
                .registerListenerInvocationErrorHandler(OrderCompensation.GROUP,
                        c -> PropagatingErrorHandler.instance()));
    }
}
