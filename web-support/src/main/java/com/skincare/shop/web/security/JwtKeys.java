package com.skincare.shop.web.security;

import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * The keys of this process: always a public key to verify with, a private key only where tokens are issued.
 *
 * @param publicKey  verifies every token
 * @param privateKey signs tokens; {@code null} in a process that only verifies
 */
public record JwtKeys(PublicKey publicKey, PrivateKey privateKey) {

    public JwtKeys {
        if (publicKey == null) {
            throw new IllegalArgumentException("a public key is required");
        }
    }

    public boolean canSign() {
        return privateKey != null;
    }

    /**
     * From the configuration: both keys, the public key alone (verify only), or none (an ephemeral pair, with a
     * warning). A private key alone is refused: Java's standard API cannot derive an EC public key from it, and
     * guessing would hide a half-done configuration.
     */
    public static JwtKeys from(JwtProperties properties) {
        if (!properties.hasPrivateKey() && !properties.hasPublicKey()) {
            KeyPair ephemeral = EphemeralKeyPair.get();
            return new JwtKeys(ephemeral.getPublic(), ephemeral.getPrivate());
        }
        if (!properties.hasPublicKey()) {
            throw new IllegalStateException("shop.jwt.private-key (JWT_PRIVATE_KEY) is set but shop.jwt.public-key "
                    + "(JWT_PUBLIC_KEY) is not: set both, or only the public key in a process that just verifies tokens");
        }
        PublicKey publicKey = PemKeys.publicKey(properties.publicKey());
        if (!properties.hasPrivateKey()) {
            return new JwtKeys(publicKey, null);
        }
        PrivateKey privateKey = PemKeys.privateKey(properties.privateKey());
        requirePair(privateKey, publicKey);
        return new JwtKeys(publicKey, privateKey);
    }

    /** Fails at startup rather than issuing tokens that no process accepts. */
    private static void requirePair(PrivateKey privateKey, PublicKey publicKey) {
        try {
            String probe = Jwts.builder().subject("key-pair-check").signWith(privateKey, Jwts.SIG.ES256).compact();
            Jwts.parser().verifyWith(publicKey).build().parseSignedClaims(probe);
        } catch (JwtException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "shop.jwt.private-key (JWT_PRIVATE_KEY) and shop.jwt.public-key (JWT_PUBLIC_KEY) are not one key pair");
        }
    }
}
