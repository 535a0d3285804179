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

/**
 * A fresh database on the local PostgreSQL service with the command schema migrated, dropped again on close. The
 * local service rather than an embedded PostgreSQL: these machines and CI run one, and the command side does not
 * carry the embedded binaries.
 */
public final class CommandDatabase implements AutoCloseable {

    private final String name;
    private final HikariDataSource dataSource;

    private CommandDatabase(String name, PostgresLocator.Location location) {
        this.name = name;
        this.dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(location.jdbcUrl());
        dataSource.setUsername(location.username());
        dataSource.setPassword(location.password());
        dataSource.setMaximumPoolSize(4);
        SchemaMigration.migrate(dataSource, CommandSchemaConfiguration.SCHEMA, "classpath:db/command");
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
        dataSource.close();
        String maintenance = "jdbc:postgresql://" + PostgresLocator.LOCAL_HOST + ":" + PostgresLocator.LOCAL_PORT
                + "/postgres";
        try (Connection c = DriverManager.getConnection(maintenance, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS \"" + PostgresLocator.testDatabaseName(name) + "\" WITH (FORCE)");
        }
    }
}
