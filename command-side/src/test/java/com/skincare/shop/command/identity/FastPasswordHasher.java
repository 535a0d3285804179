package com.skincare.shop.command.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A {@link PasswordHasher} for aggregate tests: unsalted SHA-256, so it is instant and the same password always
 * gives the same hash an expected event can name, and the hash does not contain the password. Never for real
 * passwords: without salt and work factor it falls to a lookup table.
 */
class FastPasswordHasher implements PasswordHasher {

    @Override
    public String hash(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public boolean matches(String password, String hash) {
        return password != null && hash != null && hash.equals(hash(password));
    }
}
