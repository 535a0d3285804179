package com.skincare.shop.web.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * Authenticates {@link AccessTokenAuthentication#unverified unverified} access tokens with the
 * {@link AccessTokenVerifier}. Being an {@code AuthenticationProvider} bean, it also tells Spring Boot that the
 * application authenticates on its own, so Boot creates no in-memory user with a generated password.
 */
public final class AccessTokenAuthenticationProvider implements AuthenticationProvider {

    private final AccessTokenVerifier verifier;

    public AccessTokenAuthenticationProvider(AccessTokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((AccessTokenAuthentication) authentication).getCredentials();
        return AccessTokenAuthentication.verified(verifier.verify(token));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return AccessTokenAuthentication.class.isAssignableFrom(authentication);
    }
}
