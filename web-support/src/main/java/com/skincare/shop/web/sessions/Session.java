package com.skincare.shop.web.sessions;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A signed-in user on one device: what the seed keeps under {@code session:{session_id}}. It lives as long as
 * its refresh tokens keep being used; every access token carries its id, and stops working when it ends.
 *
 * @param id        random, unguessable
 * @param userId    the documented integer id, as text
 * @param email     the user's email when they signed in
 * @param role      the documented role the session's tokens carry
 * @param createdAt when the user signed in
 * @param grants    roles granted beside the documented one (e.g. {@code analytics}), which the tokens carry too
 */
public record Session(String id, String userId, String email, String role, Instant createdAt, Set<String> grants) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        grants = grants == null ? Set.of() : Set.copyOf(grants);
    }

    /** A session with the documented role alone. */
    public Session(String id, String userId, String email, String role, Instant createdAt) {
        this(id, userId, email, role, createdAt, Set.of());
    }

    /** Every role the session's tokens carry: the documented one and the grants. */
    public Set<String> roles() {
        Set<String> roles = new TreeSet<>(grants);
        roles.add(role);
        return Set.copyOf(roles);
    }
}
