package com.skincare.shop.api.common;

/** Thrown by a command handler that refuses a command; carries the {@link Rejection} for the caller. */
public class RejectedException extends RuntimeException {

    private final transient Rejection rejection;

    public RejectedException(Rejection rejection) {
        super(rejection.message(), null, false, false);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
