package com.skincare.shop.web.security;

import com.skincare.shop.web.sessions.SessionStore;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * Authenticates {@link AccessTokenAuthentication#unverified unverified} access tokens: the {@link AccessTokenVerifier}
 * checks the token itself, then the token's session must still be open in the {@link SessionStore}, so a logout,
 * a suspension or a reused refresh token ends every token of the session at once, on every node. Being an
 * {@code AuthenticationProvider} bean, it also tells Spring Boot that the application authenticates on its own,
 * so Boot creates no in-memory user with a generated password.
 */
public final class AccessTokenAuthenticationProvider implements AuthenticationProvider {

    private final AccessTokenVerifier verifier;
    private final SessionStore sessions;

    public AccessTokenAuthenticationProvider(AccessTokenVerifier verifier, SessionStore sessions) {
        this.verifier = verifier;
        this.sessions = sessions;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((AccessTokenAuthentication) authentication).getCredentials();
        AuthenticatedUser user = verifier.verify(token);
        if (!sessions.isOpen(user.sessionId())) {
            throw new BadCredentialsException(JwtAccessTokenVerifier.INVALID);
        }
        return AccessTokenAuthentication.verified(user);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return AccessTokenAuthentication.class.isAssignableFrom(authentication);
    }
}
