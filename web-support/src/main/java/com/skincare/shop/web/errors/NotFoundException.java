package com.skincare.shop.web.errors;

/**
 * Answers 404 {@code NOT_FOUND} with the given message, which the client sees: say what was not found, never
 * why internally. Thrown by controllers when a query finds nothing (also for things the caller may not see).
 */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message, null, false, false);
    }
}
