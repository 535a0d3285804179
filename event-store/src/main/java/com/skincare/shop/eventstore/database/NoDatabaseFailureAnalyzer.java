package com.skincare.shop.eventstore.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing database into Spring Boot's short start-up failure report instead of a stack trace. */
public class NoDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<NoDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_PASSWORD to a PostgreSQL 15+, or start the local "
                        + "service on 127.0.0.1:5432, or run as a non-root user so an embedded PostgreSQL can start.",
                cause);
    }
}
