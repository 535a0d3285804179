package com.skincare.shop.web.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-side record of an error answer. A 500 is logged with its stack trace, since the client is told
 * nothing; a 503 without, since it is expected to happen; client errors only at debug level.
 */
public final class ProblemLog {

    private static final Logger log = LoggerFactory.getLogger(ProblemLog.class);

    private ProblemLog() {
    }

    public static void record(ApiProblem problem, Throwable failure, HttpServletRequest request) {
        int status = problem.status().value();
        String method = request.getMethod();
        // On an error dispatch the URI is /error; the one the client asked for is kept in an attribute.
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                ? original : request.getRequestURI();
        if (status == 503) {
            log.warn("{} {} answered 503 {}: {}", method, path, problem.code(), String.valueOf(failure));
        } else if (status >= 500) {
            log.error("{} {} failed unexpectedly", method, path, failure);
        } else if (log.isDebugEnabled()) {
            log.debug("{} {} answered {} {}: {}", method, path, status, problem.code(), String.valueOf(failure));
        }
    }
}
