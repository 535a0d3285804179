package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** An admin ({@code requestedBy}) suspends a user; {@code reason} is for the record and may be absent. */
public record SuspendUserCommand(@TargetAggregateIdentifier UserId userId, String reason, UserId requestedBy) {

    public SuspendUserCommand {
        Objects.requireNonNull(requestedBy, "requestedBy");
    }
}
