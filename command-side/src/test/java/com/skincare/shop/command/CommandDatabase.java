package com.skincare.shop.command;

import com.skincare.shop.command.CommandSchema;
import com.skincare.shop.command.CommandSchemaConfiguration;
import com.skincare.shop.eventstore.SchemaMigration;
import com.skincare.shop.eventstore.database.PostgresLocator;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A fresh database on the local PostgreSQL service with the command schema migrated, dropped again on close. The
 * local service rather than an embedded PostgreSQL: these machines and CI run one, and the command side does not
 * carry the embedded binaries.
 */
public final class CommandDatabase implements AutoCloseable {

    private final String name;
    private final PostgresLocator.Location location;
    private final HikariDataSource dataSource;
    private final List<HikariDataSource> others = new ArrayList<>();

    private CommandDatabase(String name, PostgresLocator.Location location) {
        this.name = name;
        this.location = location;
        this.dataSource = pool(4);
        SchemaMigration.migrate(dataSource, CommandSchemaConfiguration.SCHEMA, "classpath:db/command");
    }

    private HikariDataSource pool(int size) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(location.jdbcUrl());
        pool.setUsername(location.username());
        pool.setPassword(location.password());
        pool.setMaximumPoolSize(size);
        return pool;
    }

    /** Another pool on the same database, as a second node of the command side has; closed with this one. */
    public DataSource anotherDataSource(int size) {
        HikariDataSource pool = pool(size);
        others.add(pool);
        return pool;
    }

    public static CommandDatabase fresh(String name) {
        return new CommandDatabase(name, PostgresLocator.freshLocal(name));
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    public CommandSchema schema() {
        return new CommandSchema(CommandSchemaConfiguration.SCHEMA);
    }

    @Override
    public void close() throws SQLException {
        others.forEach(HikariDataSource::close);
        dataSource.close();
        String maintenance = "jdbc:postgresql://" + PostgresLocator.LOCAL_HOST + ":" + PostgresLocator.LOCAL_PORT
                + "/postgres";
        try (Connection c = DriverManager.getConnection(maintenance, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS \"" + PostgresLocator.testDatabaseName(name) + "\" WITH (FORCE)");
        }
    }
}
