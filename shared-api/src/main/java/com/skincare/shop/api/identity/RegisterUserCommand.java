package com.skincare.shop.api.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Registers a user under an id allocated beforehand. The caller hashes the password and the verification token
 * and decides the role (an absent role is {@code customer}); the email is kept trimmed and lower-case, so
 * uniqueness ignores case.
 */
public record RegisterUserCommand(
        @TargetAggregateIdentifier UserId userId,
        String email,
        String passwordHash,
        UserProfile profile,
        UserRole role,
        String verificationTokenHash,
        Instant verificationExpiresAt) {

    public RegisterUserCommand {
        email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        role = role == null ? UserRole.CUSTOMER : role;
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(verificationTokenHash, "verificationTokenHash");
        Objects.requireNonNull(verificationExpiresAt, "verificationExpiresAt");
    }
}
