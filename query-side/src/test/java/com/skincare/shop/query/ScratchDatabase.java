package com.skincare.shop.query;

import com.skincare.shop.eventstore.database.PostgresLocator;
import com.skincare.shop.projections.ReadSchemaMigration;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A fresh database holding the read schema, on the local PostgreSQL service when it answers (these machines and
 * CI run as root, where an embedded PostgreSQL refuses to start), else on an embedded one.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final AutoCloseable owned;

    private ScratchDatabase(PostgresLocator.Location location) {
        this.dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(location.jdbcUrl());
        dataSource.setUsername(location.username());
        dataSource.setPassword(location.password());
        dataSource.setMaximumPoolSize(2);
        this.owned = location.owned();
        ReadSchemaMigration.migrate(dataSource);
    }

    public static ScratchDatabase fresh(String name) {
        if (PostgresLocator.localServiceAnswers()) {
            return new ScratchDatabase(PostgresLocator.freshLocal(name));
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.start();
            return new ScratchDatabase(new PostgresLocator.Location(postgres.getJdbcUrl("postgres", "postgres"),
                    "postgres", "", "an embedded PostgreSQL", postgres));
        } catch (IOException e) {
            throw new UncheckedIOException("No local PostgreSQL answers and the embedded one cannot start", e);
        }
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
