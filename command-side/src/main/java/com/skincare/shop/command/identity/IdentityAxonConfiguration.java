package com.skincare.shop.command.identity;

import com.skincare.shop.command.identity.mail.MailOutboxProjector;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * How identity is wired into Axon beyond its defaults: the user aggregate's snapshots, the session guard
 * running inside each command's unit of work, and the mail outbox's own tracking processor. Its own snapshot
 * trigger rather than the catalog's: feature packages do not reach into each other, and a user's history grows
 * at another pace than a product's.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
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

    /**
     * The session guard subscribes, so it runs in the command's own unit of work, and its errors propagate, so a
     * session store that does not answer fails the command instead of leaving tokens alive. The mail outbox
     * tracks the store from its own token with one segment: one node writes the outbox at a time, and a mail is
     * queued once per event however often the event is delivered.
     */
    @Bean
    public ConfigurerModule identityProcessors() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(SessionGuard.GROUP)
                .registerListenerInvocationErrorHandler(SessionGuard.GROUP, c -> PropagatingErrorHandler.instance())
                .registerTrackingEventProcessor(MailOutboxProjector.GROUP, Configuration::eventStore,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialSegmentsCount(1)
                                .andBatchSize(50)));
    }
}
