package com.skincare.shop.api.identity;

import java.time.Instant;

/**
 * A new user, not yet verified and active. Only hashes travel here: the password and the verification token
 * in plain text never reach the event store.
 */
public record UserRegisteredEvent(
        UserId userId,
        String email,
        String passwordHash,
        UserProfile profile,
        UserRole role,
        String verificationTokenHash,
        Instant verificationExpiresAt) {
}
