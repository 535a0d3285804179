package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks the user aggregate whether {@code password} is the account's password and the account may sign in. It
 * records nothing; the answer is an {@link AuthenticatedAccount}. The password is plain text, goes no further
 * than the hash check, and {@link #toString()} leaves it out of every log line.
 */
public record AuthenticateUserCommand(@TargetAggregateIdentifier UserId userId, String password) {

    @Override
    public String toString() {
        return "AuthenticateUserCommand[userId=" + userId + "]";
    }
}
