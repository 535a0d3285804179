package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

import java.time.Instant;

/** The email is verified and the verification token spent; {@code verifiedAt} is {@code email_verified_at}. */
public record EmailVerifiedEvent(UserId userId, Instant verifiedAt) {
}
