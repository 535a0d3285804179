package com.skincare.shop.eventstore.database;

/** No PostgreSQL was configured and none could be found or started; the message says what to set. */
public class NoDatabaseException extends RuntimeException {

    public NoDatabaseException(String message) {
        super(message);
    }
}
