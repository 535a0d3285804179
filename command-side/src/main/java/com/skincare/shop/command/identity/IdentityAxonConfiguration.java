package com.skincare.shop.command.identity;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the user aggregate is stored beyond Axon's defaults. Its own trigger rather than the catalog's: feature
 * packages do not reach into each other, and a user's history grows at another pace than a product's.
 */
@Configuration(proxyBeanMethods = false)
public class IdentityAxonConfiguration {

    public static final String SNAPSHOT_TRIGGER = "userSnapshotTrigger";

    /**
     * A user collects events slowly (a profile edit, an address, a reset now and then); 50 bounds the load of a
     * long-lived account without snapshotting the many that never get there.
     */
    @Bean(SNAPSHOT_TRIGGER)
    public SnapshotTriggerDefinition userSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, 50);
    }
}
