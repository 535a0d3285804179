package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Registers a user under an id allocated beforehand. The caller hashes the password and decides the role (an
 * absent role is {@code customer}); the email is kept trimmed and lower-case, so uniqueness ignores case.
 * <p>
 * Exactly one of {@code verification} and {@code verifiedAt} is given: a customer who signs up gets a
 * verification token to confirm the address with; an account the shop creates itself (the first admin) is
 * verified from the start.
 */
public record RegisterUserCommand(
        @TargetAggregateIdentifier UserId userId,
        String email,
        String passwordHash,
        UserProfile profile,
        UserRole role,
        EmailToken verification,
        Instant verifiedAt) {

    public RegisterUserCommand {
        email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        role = role == null ? UserRole.CUSTOMER : role;
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(profile, "profile");
        if ((verification == null) == (verifiedAt == null)) {
            throw new IllegalArgumentException("give either a verification token or the time the email was verified");
        }
    }

    /** A customer signing up: not verified until they present the token. */
    public static RegisterUserCommand unverified(UserId userId, String email, String passwordHash, UserProfile profile,
                                                 UserRole role, EmailToken verification) {
        return new RegisterUserCommand(userId, email, passwordHash, profile, role,
                Objects.requireNonNull(verification, "verification"), null);
    }

    /** An account the shop creates itself, whose email it vouches for. */
    public static RegisterUserCommand verified(UserId userId, String email, String passwordHash, UserProfile profile,
                                               UserRole role, Instant verifiedAt) {
        return new RegisterUserCommand(userId, email, passwordHash, profile, role, null,
                Objects.requireNonNull(verifiedAt, "verifiedAt"));
    }

    @Override
    public String toString() {
        return "RegisterUserCommand[userId=" + userId + ", role=" + role + "]";
    }
}
