package com.skincare.shop.command.identity;

/** A login with an unknown email or a wrong password; deliberately the same for both, so neither is revealed. */
public class InvalidCredentialsException extends RuntimeException {

    static final String MESSAGE = "Invalid email or password";

    public InvalidCredentialsException() {
        super(MESSAGE, null, false, false);
    }
}
