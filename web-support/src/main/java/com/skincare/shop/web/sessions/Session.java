package com.skincare.shop.web.sessions;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in user on one device: what the seed keeps under {@code session:{session_id}}. It lives as long as
 * its refresh tokens keep being used; every access token carries its id, and stops working when it ends.
 *
 * @param id        random, unguessable
 * @param userId    the documented integer id, as text
 * @param email     the user's email when they signed in
 * @param role      the role the session's tokens carry
 * @param createdAt when the user signed in
 */
public record Session(String id, String userId, String email, String role, Instant createdAt) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
