package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

/**
 * A new verification token replaces the earlier one, which no longer verifies. The address and language say
 * where and how to mail it, so the mail outbox needs nothing but this event.
 */
public record VerificationReissuedEvent(UserId userId, String email, Language language, EmailToken token) {
}
