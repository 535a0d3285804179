package com.skincare.shop.eventstore.observability;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Correlation ids and metrics on Axon's buses, for both apps.
 * <p>
 * A request's correlation id enters the metadata of what it sends ({@link CorrelationDispatchInterceptor}); from
 * there Axon's correlation data copies it into every event a command applies and every message sent while an
 * event is handled (a saga's commands, a projector's events), through the {@link SimpleCorrelationDataProvider}
 * declared here. Declaring a provider makes Axon's auto-configuration leave out its default one, so
 * {@link MessageOriginProvider} is declared again beside it.
 * <p>
 * Metrics go to the application's {@link MeterRegistry} when there is one: command latency by command type,
 * events appended by type, events handled per processing group.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class MessagingObservabilityAutoConfiguration {

    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    public CorrelationDataProvider requestCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(CorrelationIds.METADATA_KEY);
    }

    @Bean
    public ConfigurerModule processedEventsMetrics(ObjectProvider<MeterRegistry> meters) {
        return configurer -> configurer.eventProcessing().registerDefaultHandlerInterceptor((configuration, group) -> {
            MeterRegistry registry = meters.getIfAvailable();
            return registry == null
                    ? (unitOfWork, chain) -> CorrelationIds.withCorrelationIdOf(unitOfWork.getMessage(), chain::proceed)
                    : new ProcessedEventsCounter(registry, group);
        });
    }

    /**
     * Registered once every singleton exists, before Axon starts its processors and handlers, so that the
     * buses are not pulled into being while the Axon configuration itself is still being built.
     */
    @Bean
    public SmartInitializingSingleton busObservability(ObjectProvider<CommandBus> commandBus,
                                                       ObjectProvider<EventBus> eventBus,
                                                       ObjectProvider<MeterRegistry> meters) {
        return () -> {
            MeterRegistry registry = meters.getIfAvailable();
            commandBus.ifAvailable(bus -> {
                bus.registerDispatchInterceptor(new CorrelationDispatchInterceptor<>());
                if (registry != null) {
                    bus.registerHandlerInterceptor(new CommandMetrics(registry));
                }
            });
            eventBus.ifAvailable(bus -> {
                bus.registerDispatchInterceptor(new CorrelationDispatchInterceptor<>());
                if (registry != null) {
                    bus.registerDispatchInterceptor(new AppendedEventsCounter(registry));
                }
            });
        };
    }
}
