package com.skincare.shop.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * {@code shop.jwt.*}: the EC P-256 keys access tokens are signed and verified with, and their lifetime.
 * The module's defaults bind them to {@code JWT_PRIVATE_KEY}, {@code JWT_PUBLIC_KEY} and {@code JWT_EXPIRES_IN}.
 *
 * @param privateKey PEM PKCS#8 ({@code BEGIN PRIVATE KEY}); header lines and line breaks optional
 * @param publicKey  PEM X.509 SubjectPublicKeyInfo ({@code BEGIN PUBLIC KEY}); likewise
 * @param expiresIn  access token lifetime: {@code 24h}, {@code 15m}, {@code 7d}, {@code 3600s}, ISO-8601
 *                   {@code PT1H}; a bare number counts seconds
 * @param refreshExpiresIn how long a session lives after its last refresh ({@code REFRESH_TOKEN_EXPIRES_IN});
 *                   at least as long as an access token, or a session could end before its token
 */
@ConfigurationProperties("shop.jwt")
public record JwtProperties(String privateKey, String publicKey, @DurationUnit(ChronoUnit.SECONDS) Duration expiresIn,
                            @DurationUnit(ChronoUnit.SECONDS) Duration refreshExpiresIn) {

    /** Also stated in the module's defaults file; repeated so a context without that file still starts. */
    static final Duration DEFAULT_EXPIRES_IN = Duration.ofHours(24);
    static final Duration DEFAULT_REFRESH_EXPIRES_IN = Duration.ofDays(7);

    public JwtProperties {
        privateKey = blankToNull(privateKey);
        publicKey = blankToNull(publicKey);
        expiresIn = expiresIn == null ? DEFAULT_EXPIRES_IN : expiresIn;
        refreshExpiresIn = refreshExpiresIn == null ? DEFAULT_REFRESH_EXPIRES_IN : refreshExpiresIn;
        if (expiresIn.isNegative() || expiresIn.isZero() || expiresIn.toSeconds() < 1) {
            throw new IllegalArgumentException("shop.jwt.expires-in (JWT_EXPIRES_IN) must be at least one second");
        }
        if (refreshExpiresIn.compareTo(expiresIn) < 0) {
            throw new IllegalArgumentException("shop.jwt.refresh-expires-in (REFRESH_TOKEN_EXPIRES_IN) must be at least "
                    + "shop.jwt.expires-in (JWT_EXPIRES_IN)");
        }
    }


    public boolean hasPrivateKey() {
        return privateKey != null;
    }

    public boolean hasPublicKey() {
        return publicKey != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
