package com.skincare.shop.web.errors;

/**
 * Answers 503 {@code SERVICE_UNAVAILABLE}: a store the request depends on (Redis, say) does not answer. The
 * cause is logged, never shown; the client is told to try again.
 */
public class ServiceUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
