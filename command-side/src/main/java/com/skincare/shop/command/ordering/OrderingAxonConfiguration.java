package com.skincare.shop.command.ordering;

import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * How the checkout is wired into Axon beyond its defaults: {@link CheckoutFollowUp}'s tracking processor, one
 * segment, starting at the head of the store the first time (no order placed before it exists has cart lines or
 * a claim to act on), and failing its batch on an error so the batch is tried again instead of skipped.
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
                        c -> PropagatingErrorHandler.instance()));
    }
}
