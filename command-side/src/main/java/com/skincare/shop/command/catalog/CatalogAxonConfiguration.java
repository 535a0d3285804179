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
     * A busy product collects a stock event per order line, and each order loads it twice (the placing reads it,
     * the reservation changes it); a snapshot every 20 events keeps a load to one snapshot and fewer than 20 events.
     * At 100, replaying the events was about a fifth of a checkout's CPU (measured with JFR in the checkout
     * benchmark).
     */
    @Bean(SNAPSHOT_TRIGGER)
    public SnapshotTriggerDefinition catalogSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, 20);
    }
}
