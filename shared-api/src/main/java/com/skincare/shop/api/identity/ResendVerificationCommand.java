package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** Issues a new verification token in place of the current one, for a user whose email is not verified yet. */
public record ResendVerificationCommand(
        @TargetAggregateIdentifier UserId userId,
        EmailToken token,
        Instant now) {

    public ResendVerificationCommand {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(now, "now");
        if (!token.expiresAt().isAfter(now)) {
            throw new IllegalArgumentException("a new token must expire after now, not at " + token.expiresAt());
        }
    }
}
