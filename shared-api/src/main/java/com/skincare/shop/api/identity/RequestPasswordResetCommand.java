package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Starts a password reset with a new token; the caller sets its expiry (one hour). */
public record RequestPasswordResetCommand(@TargetAggregateIdentifier UserId userId, EmailToken token) {

    public RequestPasswordResetCommand {
        Objects.requireNonNull(token, "token");
    }
}
