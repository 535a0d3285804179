package com.skincare.shop.api.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** An admin ({@code requestedBy}) makes a user a customer, a moderator or an admin. */
public record ChangeUserRoleCommand(@TargetAggregateIdentifier UserId userId, UserRole role, UserId requestedBy) {

    public ChangeUserRoleCommand {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(requestedBy, "requestedBy");
    }
}
