package com.skincare.shop.eventstore;

/**
 * This module's defaults: the seed's {@code DB_*} variables, Axon Server off, Axon's update check off.
 */
public class EventStoreDefaults extends ModuleDefaults {

    static final String RESOURCE = "event-store-defaults.properties";

    public EventStoreDefaults() {
        super(RESOURCE);
    }
}
