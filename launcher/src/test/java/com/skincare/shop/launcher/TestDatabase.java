package com.skincare.shop.launcher;

import com.skincare.shop.eventstore.database.PostgresLocator;

/**
 * The real PostgreSQL the integration tests run against: a fresh database on the local service at
 * 127.0.0.1:5432 when it answers (CI has one), else an embedded PostgreSQL that lives as long as the test JVM.
 */
final class TestDatabase {

    private TestDatabase() {
    }

    static PostgresLocator.Location fresh(String database) {
        PostgresLocator.Location location = PostgresLocator.scratch(database);
        if (location.owned() != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    location.owned().close();
                } catch (Exception ignored) {
                    // the test JVM is ending
                }
            }));
        }
        return location;
    }

    /**
     * Points every Spring context of this JVM at one fresh database. System properties, because the launcher
     * decides whether a database is configured before a test's own property sources are added.
     */
    static synchronized void useForSpringContexts(String database) {
        if (System.getProperty("spring.datasource.url") != null) {
            return;
        }
        PostgresLocator.Location location = fresh(database);
        System.setProperty("spring.datasource.url", location.jdbcUrl());
        System.setProperty("spring.datasource.username", location.username());
        System.setProperty("spring.datasource.password", location.password());
    }
}
