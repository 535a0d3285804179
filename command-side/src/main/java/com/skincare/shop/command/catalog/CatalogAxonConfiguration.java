package com.skincare.shop.command.catalog;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the catalog's aggregates are stored beyond Axon's defaults. */
@Configuration(proxyBeanMethods = false)
public class CatalogAxonConfiguration {

    public static final String SNAPSHOT_TRIGGER = "catalogSnapshotTrigger";

    /**
     * A busy product collects a stock event per order; a snapshot every 100 events keeps loading it to one
     * snapshot and fewer than 100 events.
     */
    @Bean(SNAPSHOT_TRIGGER)
    public SnapshotTriggerDefinition catalogSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, 100);
    }
}
