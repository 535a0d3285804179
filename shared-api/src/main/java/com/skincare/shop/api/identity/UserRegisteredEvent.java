package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

/**
 * A new, active user. Only hashes travel here: the password and the verification token in plain text never
 * reach the event store. {@code verification} is the token mailed to confirm the address; it is null for an
 * account registered verified, whose {@link EmailVerifiedEvent} follows at once.
 */
public record UserRegisteredEvent(
        UserId userId,
        String email,
        String passwordHash,
        UserProfile profile,
        UserRole role,
        EmailToken verification) {

    @Override
    public String toString() {
        return "UserRegisteredEvent[userId=" + userId + ", role=" + role + "]";
    }
}
