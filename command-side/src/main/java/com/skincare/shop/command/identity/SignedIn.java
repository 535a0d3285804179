package com.skincare.shop.command.identity;

import com.skincare.shop.api.identity.UserRole;

/**
 * What a sign-in or a refresh answers: an access token, the refresh token to get the next one with, and who
 * signed in. The refresh token works once.
 */
public record SignedIn(String accessToken, String refreshToken, String tokenType, long expiresIn,
                       long refreshExpiresIn, Account user) {

    /** The account as the answer shows it; the full profile is at {@code GET /api/v1/auth/me}. */
    public record Account(long id, String email, UserRole role) {
    }

    @Override
    public String toString() {
        return "SignedIn[user=" + user + "]";
    }
}
