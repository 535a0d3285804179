package com.skincare.shop.web.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;
import java.util.Locale;

/**
 * A bearer access token, first as presented ({@link #unverified}), then as the request's authentication
 * ({@link #verified}) with the authorities {@code ROLE_<ROLE>} of the token's roles, e.g. {@code ROLE_ADMIN}.
 */
public final class AccessTokenAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final AuthenticatedUser user;
    private final String token;

    private AccessTokenAuthentication(AuthenticatedUser user, String token, List<GrantedAuthority> authorities) {
        super(authorities);
        this.user = user;
        this.token = token;
        setAuthenticated(user != null);
    }

    public static AccessTokenAuthentication unverified(String token) {
        return new AccessTokenAuthentication(null, token, List.of());
    }

    public static AccessTokenAuthentication verified(AuthenticatedUser user) {
        List<GrantedAuthority> authorities = user.roles().stream()
                .sorted()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.toUpperCase(Locale.ROOT)))
                .toList();
        return new AccessTokenAuthentication(user, null, authorities);
    }

    /** The {@link AuthenticatedUser}, or {@code null} before verification. */
    @Override
    public AuthenticatedUser getPrincipal() {
        return user;
    }

    /** The raw token before verification; nothing after, so it is not kept around. */
    @Override
    public String getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return user == null ? "" : user.subject();
    }
}
