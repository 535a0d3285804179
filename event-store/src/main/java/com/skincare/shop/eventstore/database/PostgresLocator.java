package com.skincare.shop.eventstore.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Finds a PostgreSQL for a process that was given none: the embedded default and the tests. PostgreSQL refuses
 * to run as root, so as root the local service on 127.0.0.1:5432 is the way (these machines and CI have one);
 * as any other user an embedded PostgreSQL starts from the zonky Maven artifact. Deployed processes never come
 * here: they are configured through {@code DB_HOST} and friends.
 */
public final class PostgresLocator {

    public static final String LOCAL_HOST = "127.0.0.1";
    public static final int LOCAL_PORT = 5432;
    private static final String LOCAL_USER = "postgres";

    private PostgresLocator() {
    }

    /** Where the database is, and what to close when the process ends (nothing for the local service). */
    public record Location(String jdbcUrl, String username, String password, String description, AutoCloseable owned) {
    }

    /**
     * @param database     the database to use; created when missing
     * @param embeddedHome where an embedded PostgreSQL keeps its data, so the shop survives a restart
     */
    public static Location locate(String database, Path embeddedHome) {
        if (runningAsRoot()) {
            if (!localServiceAnswers()) {
                throw new NoDatabaseException("No PostgreSQL is configured and none answers on " + LOCAL_HOST + ":"
                        + LOCAL_PORT + " (an embedded one cannot start as root): set DB_HOST, DB_PORT, DB_NAME, "
                        + "DB_USER and DB_PASSWORD, or run as a non-root user.");
            }
            return local(database);
        }
        return embedded(database, embeddedHome);
    }

    /**
     * The local service, for tests that want a fresh database there; drops and recreates it. The name gets the
     * suffix in {@code SHOP_TEST_DB_SUFFIX}, so two checkouts testing at once on one machine keep apart.
     */
    public static Location freshLocal(String name) {
        String database = testDatabaseName(name);
        try (Connection c = connectLocal("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + quoted(database) + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + quoted(database));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot recreate database " + database + " on the local PostgreSQL", e);
        }
        return new Location(localUrl(database), LOCAL_USER, "", "the local PostgreSQL service", null);
    }

    /**
     * A fresh, empty database for a test: on the local service when it answers (as root it must), else in an
     * embedded PostgreSQL that lives until {@link Location#owned()} is closed.
     */
    public static Location scratch(String database) {
        if (localServiceAnswers()) {
            return freshLocal(database);
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.start();
            return new Location(postgres.getJdbcUrl(LOCAL_USER, "postgres"), LOCAL_USER, "", "an embedded PostgreSQL",
                    postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("No local PostgreSQL answers and an embedded one cannot start", e);
        }
    }

    /** The name a test's scratch database really has on the local service. */
    public static String testDatabaseName(String name) {
        String suffix = System.getenv("SHOP_TEST_DB_SUFFIX");
        if (suffix == null || suffix.isBlank()) {
            return name;
        }
        if (!suffix.matches("[a-z0-9_]{1,20}")) {
            throw new IllegalStateException("SHOP_TEST_DB_SUFFIX must be 1-20 of a-z, 0-9 and _");
        }
        return name + "_" + suffix;
    }

    public static boolean localServiceAnswers() {
        try (Connection ignored = connectLocal("postgres")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    public static boolean runningAsRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (LinkageError notUnix) {
            return false;
        }
    }

    private static Location local(String database) {
        try (Connection c = connectLocal("postgres"); Statement s = c.createStatement()) {
            createIfMissing(s, database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database + " on the local PostgreSQL", e);
        }
        return new Location(localUrl(database), LOCAL_USER, "", "the local PostgreSQL service", null);
    }

    private static Location embedded(String database, Path home) {
        try {
            Files.createDirectories(home);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(home)
                    .setCleanDataDirectory(false)
                    .start();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                createIfMissing(s, database);
            }
            return new Location(postgres.getJdbcUrl(LOCAL_USER, database), LOCAL_USER, "",
                    "an embedded PostgreSQL with its data in " + home, postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + home, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database + " in the embedded PostgreSQL", e);
        }
    }

    private static void createIfMissing(Statement s, String database) throws SQLException {
        try (var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database.replace("'", "''") + "'")) {
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + quoted(database));
            }
        }
    }

    private static Connection connectLocal(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", LOCAL_USER);
        props.setProperty("connectTimeout", "3");
        return DriverManager.getConnection(localUrl(database), props);
    }

    private static String localUrl(String database) {
        return "jdbc:postgresql://" + LOCAL_HOST + ":" + LOCAL_PORT + "/" + database;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
