package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

/**
 * The answer to an {@link AuthenticateUserCommand}: who signed in, with the role their tokens carry, and whether
 * an admin granted them the event feed ({@link GrantAnalyticsAccessCommand}).
 */
public record AuthenticatedAccount(UserId userId, String email, UserRole role, boolean emailVerified,
                                   boolean analyticsAccess) {
}
