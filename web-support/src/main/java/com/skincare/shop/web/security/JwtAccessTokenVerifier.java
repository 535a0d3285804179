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
import java.util.regex.Pattern;

/**
 * Verifies ES256 tokens of issuer {@code skincare-shop}, allowing 30 seconds of clock skew between processes: the
 * signature, the expiry, and that the token names a user and a session. Whether that session is still open is
 * the {@link AccessTokenAuthenticationProvider}'s question. The reason a token fails is not told to the client
 * beyond "expired" or "invalid".
 */
final class JwtAccessTokenVerifier implements AccessTokenVerifier {

    static final String INVALID = "Invalid token";
    static final String EXPIRED = "Token has expired";

    /** Subjects are the documented integer user ids. */
    private static final Pattern USER_ID = Pattern.compile("[1-9][0-9]{0,17}");

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
            String session = claims.get(TokenClaims.SESSION, String.class);
            if (claims.getSubject() == null || !USER_ID.matcher(claims.getSubject()).matches()
                    || claims.getExpiration() == null || session == null || session.isBlank()) {
                throw new BadCredentialsException(INVALID);
            }
            return new AuthenticatedUser(claims.getSubject(), claims.get(TokenClaims.EMAIL, String.class), roles(claims),
                    session);
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
