package com.skincare.shop.command.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * {@link PasswordHasher} with BCrypt. The strength is configurable ({@code shop.identity.bcrypt-strength},
 * default 12, about a quarter of a second per hash) so tests may run a cheap one.
 */
@Component
public class BCryptPasswordHasher implements PasswordHasher {

    /** BCrypt reads only the first 72 bytes of a password. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private final BCryptPasswordEncoder encoder;

    public BCryptPasswordHasher(@Value("${shop.identity.bcrypt-strength:12}") int strength) {
        this.encoder = new BCryptPasswordEncoder(strength);
    }

    @Override
    public String hash(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        // The encoder compares only the first 72 bytes, so a longer candidate that starts like the password would
        // match; no stored password is that long (PasswordPolicy refuses it), so such a candidate is wrong.
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return false;
        }
        return encoder.matches(password, hash);
    }
}
