package com.skincare.shop.command.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Seals mailed tokens for the event store with AES-256-GCM under the mail key ({@code shop.mail.token-key},
 * {@code MAIL_TOKEN_KEY}: 32 random bytes, base64), so that the mail outbox can open them and nobody else who
 * reads the events can. GCM also authenticates: a sealed token that was altered, or sealed under another key,
 * does not open at all.
 * <p>
 * Without a configured key a random one is made at start, with a warning: mails waiting in the outbox across a
 * restart then cannot be sent (they are marked failed), and nodes cannot open each other's tokens. Right for the
 * embedded demo only.
 */
@Component
public class TokenSealer {

    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final Logger log = LoggerFactory.getLogger(TokenSealer.class);

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public TokenSealer(@Value("${shop.mail.token-key:${MAIL_TOKEN_KEY:}}") String configuredKey) {
        this.key = configuredKey == null || configuredKey.isBlank() ? generated() : decode(configuredKey.strip());
    }

    public String seal(String token) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** The token, or empty when the text was not sealed under this key or was altered. */
    public Optional<String> open(String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            if (bytes.length <= NONCE_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (AEADBadTagException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    private static SecretKey decode(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("shop.mail.token-key (MAIL_TOKEN_KEY) is not base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("shop.mail.token-key (MAIL_TOKEN_KEY) must be " + KEY_BYTES
                    + " bytes, base64-encoded (openssl rand -base64 32)");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static SecretKey generated() {
        log.warn("No MAIL_TOKEN_KEY configured: sealing mailed tokens with a key made at startup. Mails still waiting "
                + "in the outbox at a restart cannot be sent, and other nodes cannot send this node's mails; set "
                + "MAIL_TOKEN_KEY (openssl rand -base64 32) outside the embedded demo.");
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(KEY_BYTES * 8);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available in this JVM", e);
        }
    }
}
