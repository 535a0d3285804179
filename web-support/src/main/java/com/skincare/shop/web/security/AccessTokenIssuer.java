package com.skincare.shop.web.security;

import java.util.Set;

/**
 * Signs access tokens. Only a process that holds the private key can issue; every process verifies with the
 * public key alone.
 */
public interface AccessTokenIssuer {

    /**
     * @param subject   the user's id
     * @param email     the user's email
     * @param roles     role names without prefix, e.g. {@code admin}
     * @param sessionId the session the token belongs to; it works only while that session is open
     */
    IssuedToken issue(String subject, String email, Set<String> roles, String sessionId);
}
