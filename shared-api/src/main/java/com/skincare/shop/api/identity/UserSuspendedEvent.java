package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

/** The user may not sign in nor change their password or profile until activated again. */
public record UserSuspendedEvent(UserId userId, String reason) {
}
