package com.skincare.shop.web.security;

import io.jsonwebtoken.Jwts;

import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Issues ES256 access tokens: {@code iss}, {@code sub}, {@code email}, {@code roles}, {@code sid}, {@code iat},
 * {@code exp}, {@code jti}.
 */
final class JwtAccessTokenIssuer implements AccessTokenIssuer {

    static final String TOKEN_TYPE = "Bearer";

    private final PrivateKey privateKey;
    private final Duration lifetime;
    private final Clock clock;

    JwtAccessTokenIssuer(PrivateKey privateKey, Duration lifetime, Clock clock) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public IssuedToken issue(String subject, String email, Set<String> roles, String sessionId) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sessionId, "sessionId");
        Instant issuedAt = clock.instant();
        String token = Jwts.builder()
                .issuer(TokenClaims.ISSUER)
                .subject(subject)
                .claim(TokenClaims.EMAIL, email)
                .claim(TokenClaims.ROLES, roles == null ? List.of() : roles.stream()
                        .map(role -> role.toLowerCase(Locale.ROOT))
                        .sorted()
                        .distinct()
                        .toList())
                .claim(TokenClaims.SESSION, sessionId)
                .issuedAt(Date.from(issuedAt))
                .expiration(Date.from(issuedAt.plus(lifetime)))
                .id(UUID.randomUUID().toString())
                .signWith(privateKey, Jwts.SIG.ES256)
                .compact();
        return new IssuedToken(token, TOKEN_TYPE, lifetime.toSeconds());
    }
}
