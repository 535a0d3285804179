package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** An admin ({@code requestedBy}) deletes a user; the email becomes free to register again. */
public record DeleteUserCommand(@TargetAggregateIdentifier UserId userId, UserId requestedBy) {

    public DeleteUserCommand {
        Objects.requireNonNull(requestedBy, "requestedBy");
    }
}
