package com.skincare.shop.eventstore;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * Runs one module's Flyway migrations into that module's own schema, with the history table beside them. Each
 * module owns its schema (Axon's stores, the command side's lookups, the read tables), so each migrates its own,
 * and a process migrates only the schemas of the modules it contains. Flyway takes a PostgreSQL advisory lock,
 * so nodes starting together do not race.
 */
public final class SchemaMigration {

    private SchemaMigration() {
    }

    public static void migrate(DataSource dataSource, String schema, String location) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .locations(location)
                .load()
                .migrate();
    }
}
