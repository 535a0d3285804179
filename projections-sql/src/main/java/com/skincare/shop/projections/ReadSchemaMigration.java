package com.skincare.shop.projections;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * Proof that the documented read schema is current. Beans that write or read the read tables take it as a
 * dependency, so they exist only after the migration has run.
 *
 * @param schema the schema holding the read tables and their Flyway history
 */
public record ReadSchemaMigration(String schema) {

    public static final String SCHEMA = "public";
    public static final String LOCATION = "classpath:db/read-model";

    /**
     * Migrates the read schema. Flyway takes a PostgreSQL advisory lock, so nodes starting together do not race,
     * and its history lives beside the tables it describes, apart from the other modules' schemas.
     */
    public static ReadSchemaMigration migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .locations(LOCATION)
                .load()
                .migrate();
        return new ReadSchemaMigration(SCHEMA);
    }
}
