package com.skincare.shop.web.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;

import java.security.PublicKey;
import java.time.Clock;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Verifies ES256 tokens of issuer {@code skincare-shop}, allowing 30 seconds of clock skew between processes.
 * The reason a token fails is not told to the client beyond "expired" or "invalid".
 */
final class JwtAccessTokenVerifier implements AccessTokenVerifier {

    static final String INVALID = "Invalid token";
    static final String EXPIRED = "Token has expired";

    private final JwtParser parser;

    JwtAccessTokenVerifier(PublicKey publicKey, Clock clock) {
        this.parser = Jwts.parser()
                .verifyWith(publicKey)
                .requireIssuer(TokenClaims.ISSUER)
                .clockSkewSeconds(TokenClaims.CLOCK_SKEW_SECONDS)
                .clock(() -> Date.from(clock.instant()))
                .build();
    }

    @Override
    public AuthenticatedUser verify(String token) {
        try {
            // parseSignedClaims refuses unsigned tokens; verifying with an EC key refuses other algorithms.
            Claims claims = parser.parseSignedClaims(token).getPayload();
            if (claims.getSubject() == null || claims.getSubject().isBlank() || claims.getExpiration() == null) {
                throw new BadCredentialsException(INVALID);
            }
            return new AuthenticatedUser(claims.getSubject(), claims.get(TokenClaims.EMAIL, String.class), roles(claims));
        } catch (ExpiredJwtException e) {
            throw new CredentialsExpiredException(EXPIRED, e);
        } catch (JwtException | IllegalArgumentException e) {
            throw new BadCredentialsException(INVALID, e);
        }
    }

    private static Set<String> roles(Claims claims) {
        Object value = claims.get(TokenClaims.ROLES);
        if (value == null) {
            return Set.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new BadCredentialsException(INVALID);
        }
        Set<String> roles = new HashSet<>();
        for (Object role : list) {
            if (!(role instanceof String name)) {
                throw new BadCredentialsException(INVALID);
            }
            roles.add(name.toLowerCase(Locale.ROOT));
        }
        return roles;
    }
}
