package com.skincare.shop.web.security;

import org.springframework.security.core.AuthenticatedPrincipal;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * The caller of a request that carried a valid access token; the principal of its {@code Authentication}, so a
 * controller can take it with {@code @AuthenticationPrincipal AuthenticatedUser user}.
 *
 * @param subject the token's {@code sub}: the user's id
 * @param email   the token's {@code email}; may be null
 * @param roles   lowercase role names without prefix, e.g. {@code admin}
 */
public record AuthenticatedUser(String subject, String email, Set<String> roles) implements AuthenticatedPrincipal, Serializable {

    public AuthenticatedUser {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** The subject, as Spring Security's {@code Authentication.getName()}. */
    @Override
    public String getName() {
        return subject;
    }

    public boolean hasRole(String role) {
        return roles.contains(role.toLowerCase(Locale.ROOT));
    }
}
