package com.skincare.shop.web.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

/**
 * The key pair used when no keys are configured. One per JVM rather than one per application context, so that
 * the launcher, which runs the command side and the query side in one JVM, can verify on one side what the other
 * issued.
 */
final class EphemeralKeyPair {

    private static final Logger log = LoggerFactory.getLogger(EphemeralKeyPair.class);

    private EphemeralKeyPair() {
    }

    static KeyPair get() {
        return Holder.KEY_PAIR;
    }

    private static final class Holder {
        private static final KeyPair KEY_PAIR = generate();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keyPair = generator.generateKeyPair();
            log.warn("No JWT keys configured: signing access tokens with a key pair generated at startup. Tokens will "
                    + "not survive a restart and no other process can verify them; set JWT_PRIVATE_KEY and "
                    + "JWT_PUBLIC_KEY (PEM, EC P-256) to fix this.");
            return keyPair;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an EC P-256 key pair", e);
        }
    }
}
