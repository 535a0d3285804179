package com.skincare.shop.command.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Unguessable strings for tokens and session ids, and the digest they are stored under. */
final class Randoms {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Randoms() {
    }

    /** {@code bytes} random bytes as base64url without padding. */
    static String token(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    /** Hex SHA-256 of the text as UTF-8. A fast hash is right here: what it hides is 256 random bits, not a password. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
