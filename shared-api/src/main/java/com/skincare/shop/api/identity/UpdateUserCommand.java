package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * An admin ({@code requestedBy}) replaces a user's profile and, when {@code role} is given, their role: both or
 * neither, in one command. Unlike the user's own {@link UpdateProfileCommand} it works on a suspended account,
 * so an admin can correct what a suspension is about.
 */
public record UpdateUserCommand(@TargetAggregateIdentifier UserId userId, UserProfile profile, UserRole role,
                                UserId requestedBy) {

    public UpdateUserCommand {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(requestedBy, "requestedBy");
    }
}
