package com.skincare.shop.eventstore;

/** Marks that Axon's schema is migrated; beans that name its tables depend on it, so they come after. */
public record AxonSchemaMigration(String schema) {

    public String qualify(String table) {
        return schema + "." + table;
    }
}
