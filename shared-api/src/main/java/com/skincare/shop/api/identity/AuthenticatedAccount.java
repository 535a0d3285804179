package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

/** The answer to an {@link AuthenticateUserCommand}: who signed in, with the role their tokens carry. */
public record AuthenticatedAccount(UserId userId, String email, UserRole role, boolean emailVerified) {
}
