package com.skincare.shop.api.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** Starts a password reset with the hash of a new token; the caller sets the expiry (one hour). */
public record RequestPasswordResetCommand(
        @TargetAggregateIdentifier UserId userId,
        String tokenHash,
        Instant expiresAt) {

    public RequestPasswordResetCommand {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
