package com.skincare.shop.command.identity;

import com.skincare.shop.api.common.UserId;

import java.util.Optional;

/**
 * Set validation for the user's command handlers: which user owns an email. An aggregate sees only its own
 * events, so this fact lives here, written in the same transaction as the events; a refused command rolls its
 * claim back with it. Command handlers receive it as a parameter; signing in and password resets use it to find
 * the aggregate an email belongs to.
 */
public interface UserLookup {

    /** Claims {@code email} (lower-case) for the user; true when it is now, or already was, the user's own. */
    boolean claimEmail(UserId user, String email);

    /** Frees an email the user no longer uses; an email owned by another user is left alone. */
    void releaseEmail(UserId user, String email);

    /** Who owns the email, compared without regard to case or surrounding spaces. */
    Optional<UserId> findUser(String email);
}
