package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * Changes the password of a user who proves the current one. {@code currentPassword} is plain text: the
 * aggregate checks it against the stored hash and it goes no further, and {@link #toString()} leaves both
 * passwords out so no log line shows them.
 */
public record ChangePasswordCommand(
        @TargetAggregateIdentifier UserId userId,
        String currentPassword,
        String newPasswordHash) {

    public ChangePasswordCommand {
        Objects.requireNonNull(newPasswordHash, "newPasswordHash");
    }

    @Override
    public String toString() {
        return "ChangePasswordCommand[userId=" + userId + "]";
    }
}
