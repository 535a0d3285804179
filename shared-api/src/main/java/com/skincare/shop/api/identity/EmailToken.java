package com.skincare.shop.api.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * A single-use token mailed to a user (email verification, password reset) as the event store keeps it: the
 * SHA-256 hash the aggregate checks a presented token against, and the token sealed (AES-GCM) under the mail
 * key, so that the mail outbox can put it in the mail while a reader of the event store without that key
 * learns nothing usable. {@link #toString()} leaves the sealed token out of log lines all the same.
 *
 * @param hash      hex SHA-256 of the token as the user will present it
 * @param sealed    the token encrypted for the mail outbox
 * @param expiresAt when the token stops working
 */
public record EmailToken(String hash, String sealed, Instant expiresAt) {

    public EmailToken {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(sealed, "sealed");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "EmailToken[expiresAt=" + expiresAt + "]";
    }
}
