package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** Sets a new password with the hash of the token from the reset mail; {@code now} decides expiry. */
public record ResetPasswordCommand(
        @TargetAggregateIdentifier UserId userId,
        String tokenHash,
        String newPasswordHash,
        Instant now) {

    public ResetPasswordCommand {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(newPasswordHash, "newPasswordHash");
        Objects.requireNonNull(now, "now");
    }
}
