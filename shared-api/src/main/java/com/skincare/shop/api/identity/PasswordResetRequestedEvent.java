package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

/**
 * A reset token replaces any earlier one, which no longer resets. The address and language say where and how
 * to mail it, so the mail outbox needs nothing but this event.
 */
public record PasswordResetRequestedEvent(UserId userId, String email, Language language, EmailToken token) {
}
