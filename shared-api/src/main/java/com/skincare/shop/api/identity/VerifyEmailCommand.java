package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** Verifies the email with the hash of the token from the verification mail; {@code now} decides expiry. */
public record VerifyEmailCommand(@TargetAggregateIdentifier UserId userId, String tokenHash, Instant now) {

    public VerifyEmailCommand {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(now, "now");
    }
}
