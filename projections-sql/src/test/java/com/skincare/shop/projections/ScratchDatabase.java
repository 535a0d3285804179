package com.skincare.shop.projections;

import com.skincare.shop.eventstore.database.PostgresLocator;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import javax.sql.DataSource;

/**
 * A fresh database for the tests of this module and of the query side (shared as a test jar), on the local
 * PostgreSQL service when it answers (these machines and CI run as root, where an embedded PostgreSQL refuses to
 * start), else on an embedded one.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final AutoCloseable owned;

    private ScratchDatabase(PostgresLocator.Location location, boolean migrated) {
        this.dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(location.jdbcUrl());
        dataSource.setUsername(location.username());
        dataSource.setPassword(location.password());
        dataSource.setMaximumPoolSize(2);
        this.owned = location.owned();
        if (migrated) {
            ReadSchemaMigration.migrate(dataSource);
        }
    }

    /** A new database holding the current read schema. */
    public static ScratchDatabase fresh(String name) {
        return create(name, true);
    }

    /** A new database without any table, for tests of the migration itself. */
    public static ScratchDatabase empty(String name) {
        return create(name, false);
    }

    private static ScratchDatabase create(String name, boolean migrated) {
        return new ScratchDatabase(PostgresLocator.scratch(name), migrated);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public NamedParameterJdbcTemplate jdbc() {
        return new NamedParameterJdbcTemplate(dataSource);
    }

    @Override
    public void close() throws Exception {
        dataSource.close();
        if (owned != null) {
            owned.close();
        }
    }
}
