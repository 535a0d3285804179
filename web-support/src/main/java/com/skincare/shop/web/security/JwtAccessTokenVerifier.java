package com.skincare.shop.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
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
 * <p>
 * A token that verified is remembered until it expires, so the next request with the same token skips the ES256
 * check, which is the costliest step of a request (about a sixth of the CPU of a checkout, measured with JFR).
 * Only the exact token string finds the entry, only tokens that verified are kept, and the expiry is checked against
 * the clock at every use, as the parser would.
 */
final class JwtAccessTokenVerifier implements AccessTokenVerifier {

    static final String INVALID = "Invalid token";
    static final String EXPIRED = "Token has expired";

    /** Subjects are the documented integer user ids. */
    private static final Pattern USER_ID = Pattern.compile("[1-9][0-9]{0,17}");

    /** Bounds the memory the remembered tokens take: more than the customers signed in on a node at once. */
    static final int REMEMBERED_TOKENS = 10_000;

    private final JwtParser parser;
    private final Clock clock;
    private final Cache<String, Verified> verified = Caffeine.newBuilder().maximumSize(REMEMBERED_TOKENS).build();

    /** A token's user, and the last moment it is accepted: its expiry and the allowed skew. */
    private record Verified(AuthenticatedUser user, Instant acceptedUntil) {
    }

    JwtAccessTokenVerifier(PublicKey publicKey, Clock clock) {
        this.clock = clock;
        this.parser = Jwts.parser()
                .verifyWith(publicKey)
                .requireIssuer(TokenClaims.ISSUER)
                .clockSkewSeconds(TokenClaims.CLOCK_SKEW_SECONDS)
                .clock(() -> Date.from(clock.instant()))
                .build();
    }

    @Override
    public AuthenticatedUser verify(String token) {
        Verified known = verified.getIfPresent(token);
        if (known != null) {
            if (clock.instant().isAfter(known.acceptedUntil())) {
                verified.invalidate(token);
                throw new CredentialsExpiredException(EXPIRED);
            }
            return known.user();
        }
        Verified checked = check(token);
        verified.put(token, checked);
        return checked.user();
    }

    private Verified check(String token) {
        try {
            // parseSignedClaims refuses unsigned tokens; verifying with an EC key refuses other algorithms.
            Claims claims = parser.parseSignedClaims(token).getPayload();
            String session = claims.get(TokenClaims.SESSION, String.class);
            if (claims.getSubject() == null || !USER_ID.matcher(claims.getSubject()).matches()
                    || claims.getExpiration() == null || session == null || session.isBlank()) {
                throw new BadCredentialsException(INVALID);
            }
            return new Verified(new AuthenticatedUser(claims.getSubject(), claims.get(TokenClaims.EMAIL, String.class),
                    roles(claims), session),
                    claims.getExpiration().toInstant().plusSeconds(TokenClaims.CLOCK_SKEW_SECONDS));
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
