package com.skincare.shop.projections.deadletters;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Failures of the database rather than of the event: tried again, never parked. Judged on every cause in the
 * chain, since Spring and Axon wrap the driver's exception. PostgreSQL's SQLSTATE classes: 08 connection, 40
 * rollback (serialization failure, deadlock), 53 insufficient resources, 57 operator intervention (shutdown,
 * statement timeout, cancel), 58 system error; and 55P03, a lock not obtained in time.
 */
final class TransientFailures {

    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53", "57", "58");
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TransientDataAccessException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && transientState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A foreign key violation (SQLSTATE 23503): the row refers to one that is not there, or not yet. */
    static boolean isMissingParent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean transientState(String state) {
        return state != null && state.length() == 5
                && (TRANSIENT_CLASSES.contains(state.substring(0, 2)) || LOCK_NOT_AVAILABLE.equals(state));
    }
}
