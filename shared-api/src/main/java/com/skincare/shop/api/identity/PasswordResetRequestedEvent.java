package com.skincare.shop.api.identity;

import java.time.Instant;

/** A reset token replaces any earlier one, which no longer resets. */
public record PasswordResetRequestedEvent(UserId userId, String tokenHash, Instant expiresAt) {
}
