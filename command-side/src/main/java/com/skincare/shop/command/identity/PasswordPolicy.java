package com.skincare.shop.command.identity;

import com.skincare.shop.command.Refusals;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a new password must be, checked by callers before they hash it: the aggregate sees only hashes. Length
 * is counted in characters; the upper bound is BCrypt's, in bytes, so no part of a password is silently ignored.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    /** Why the password is not acceptable, as a message for the field; empty when it is. */
    public static Optional<String> problemWith(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("must not be blank");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > BCryptPasswordHasher.MAX_PASSWORD_BYTES) {
            return Optional.of("must be at most " + BCryptPasswordHasher.MAX_PASSWORD_BYTES + " bytes");
        }
        int first = password.codePointAt(0);
        if (password.codePoints().allMatch(c -> c == first)) {
            return Optional.of("must not be one character repeated");
        }
        if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
            return Optional.of("must not be the email address");
        }
        return Optional.empty();
    }

    /** Refuses an unacceptable password as invalid {@code field} ({@code password}, {@code new_password}). */
    public static void check(String field, String password, String email) {
        Optional<String> problem = problemWith(password, email);
        if (problem.isPresent()) {
            throw Refusals.invalid(field, problem.get());
        }
    }
}
