package com.skincare.shop.web.security;

import org.springframework.security.core.AuthenticatedPrincipal;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * The caller of a request that carried a valid access token; the principal of its {@code Authentication}, so a
 * controller can take it with {@code @AuthenticationPrincipal AuthenticatedUser user}.
 *
 * @param subject   the token's {@code sub}: the user's id
 * @param email     the token's {@code email}; may be null
 * @param roles     lowercase role names without prefix, e.g. {@code admin}
 * @param sessionId the token's {@code sid}: the session it belongs to, which must be open for it to work
 */
public record AuthenticatedUser(String subject, String email, Set<String> roles, String sessionId)
        implements AuthenticatedPrincipal, Serializable {

    public AuthenticatedUser {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** The subject, as Spring Security's {@code Authentication.getName()}. */
    @Override
    public String getName() {
        return subject;
    }

    /** The subject as the documented integer user id. */
    public long userId() {
        return Long.parseLong(subject);
    }

    public boolean hasRole(String role) {
        return roles.contains(role.toLowerCase(Locale.ROOT));
    }
}
