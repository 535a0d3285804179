package com.skincare.shop.projections;

import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projections' processors as this module configures them: a failing handler fails its batch, to be tried
 * again, instead of Axon's default of logging the failure and going on without the event.
 */
class ProjectionProcessorsTest {

    @Test
    void aFailingProjectorIsRetriedNotSkipped() {
        SqlProjectionsAutoConfiguration projections = new SqlProjectionsAutoConfiguration();
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine());
        projections.catalogProcessor().configureModule(configurer);
        projections.customerProcessor().configureModule(configurer);
        projections.inventoryProcessor().configureModule(configurer);
        projections.couponProcessor().configureModule(configurer);
        Configuration configuration = configurer.buildConfiguration();

        for (String group : new String[]{"catalog", "customers", "inventory", "coupons"}) {
            assertThat(configuration.eventProcessingConfiguration().listenerInvocationErrorHandler(group))
                    .as(group).isInstanceOf(PropagatingErrorHandler.class);
        }
        assertThat(configuration.eventProcessingConfiguration().listenerInvocationErrorHandler("elsewhere"))
                .as("other processors keep Axon's default").isNotInstanceOf(PropagatingErrorHandler.class);
    }
}
