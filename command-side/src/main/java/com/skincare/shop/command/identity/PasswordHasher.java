package com.skincare.shop.command.identity;

/**
 * Turns a password into the hash that is stored, and checks a candidate against one. Command handlers receive
 * it as a parameter, so aggregate tests can use a fast one.
 */
public interface PasswordHasher {

    /** A salted hash of {@code password}; two calls give different hashes. */
    String hash(String password);

    /** Whether {@code password} is the one {@code hash} was made from; false for a null of either. */
    boolean matches(String password, String hash);
}
