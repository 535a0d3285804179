package com.skincare.shop.api.identity;

import java.time.Instant;

/** A new verification token replaces the earlier one, which no longer verifies. */
public record VerificationReissuedEvent(UserId userId, String tokenHash, Instant expiresAt) {
}
