package com.skincare.shop.command.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The one admin account, configured by {@code shop.admin.email} / {@code ADMIN_EMAIL} (default
 * {@value #DEFAULT_EMAIL}) and {@code shop.admin.password} / {@code ADMIN_PASSWORD}. Without a configured password
 * a random one is generated and logged once, which suits only the embedded demo.
 * <p>
 * The password is kept only as a BCrypt hash, and every check runs the hash whether or not the email matched, so
 * neither memory nor response time tells an attacker which part was wrong.
 */
@Component
public class AdminCredentials {

    static final String DEFAULT_EMAIL = "admin@skincare.local";
    static final int GENERATED_PASSWORD_LENGTH = 20;
    /** BCrypt reads only the first 72 bytes; longer candidates are refused rather than truncated. */
    private static final int BCRYPT_MAX_BYTES = 72;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final Logger log = LoggerFactory.getLogger(AdminCredentials.class);

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
    private final String email;
    private final byte[] normalizedEmail;
    private final String passwordHash;

    public AdminCredentials(@Value("${shop.admin.email:${ADMIN_EMAIL:" + DEFAULT_EMAIL + "}}") String email,
                            @Value("${shop.admin.password:${ADMIN_PASSWORD:}}") String password) {
        this.email = email.trim();
        this.normalizedEmail = normalize(email);
        String effectivePassword = password;
        if (effectivePassword == null || effectivePassword.isEmpty()) {
            effectivePassword = generatePassword();
            log.warn("No admin password is configured; generated one for {}: {} (embedded demo only; set ADMIN_PASSWORD)",
                    this.email, effectivePassword);
        }
        this.passwordHash = encoder.encode(effectivePassword);
    }

    public String email() {
        return email;
    }

    /** Whether the pair is the admin's; the email is compared case-insensitively. */
    public boolean matches(String candidateEmail, String candidatePassword) {
        boolean emailMatches = MessageDigest.isEqual(normalizedEmail, normalize(candidateEmail));
        String password = candidatePassword == null ? "" : candidatePassword;
        boolean passwordFits = password.getBytes(StandardCharsets.UTF_8).length <= BCRYPT_MAX_BYTES;
        boolean passwordMatches = encoder.matches(passwordFits ? password : "", passwordHash) && passwordFits;
        return emailMatches & passwordMatches;
    }

    private static byte[] normalize(String email) {
        return (email == null ? "" : email.trim().toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8);
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(GENERATED_PASSWORD_LENGTH);
        for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
