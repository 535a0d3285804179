package com.skincare.shop.command.identity;

import com.skincare.shop.api.identity.EmailToken;
import com.skincare.shop.api.common.UserId;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The single-use tokens of verification and reset mails: {@code <user id>.<32 random bytes, base64url>}. The
 * user id routes the command to the right aggregate without a lookup table; the random part, 256 bits, is what
 * makes it unguessable. The event store gets the SHA-256 of the whole token and the token sealed for the mail
 * outbox (see {@link TokenSealer}); the plain token exists only in the mail.
 */
@Component
public class MailedTokens {

    static final int RANDOM_BYTES = 32;
    /** A user id and 43 base64url characters; anything else is not a token of ours. */
    private static final Pattern SHAPE = Pattern.compile("([1-9][0-9]{0,17})\\.([A-Za-z0-9_-]{43})");

    private final TokenSealer sealer;

    public MailedTokens(TokenSealer sealer) {
        this.sealer = sealer;
    }

    /** A token just issued: the plain text for the mail, and the form the event store keeps. */
    public record Issued(String token, EmailToken stored) {

        @Override
        public String toString() {
            return "Issued[" + stored + "]";
        }
    }

    public Issued issue(UserId user, Instant now, Duration lifetime) {
        String token = user.value() + "." + Randoms.token(RANDOM_BYTES);
        return new Issued(token, new EmailToken(hash(token), sealer.seal(token), now.plus(lifetime)));
    }

    /** Which user a presented token claims to be for; empty when it does not have the shape of a token. */
    public static Optional<UserId> userOf(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        Matcher matcher = SHAPE.matcher(presented.strip());
        return matcher.matches() ? Optional.of(UserId.of(Long.parseLong(matcher.group(1)))) : Optional.empty();
    }

    /** What the aggregate compares: hex SHA-256 of the token as presented, surrounding spaces removed. */
    public static String hash(String presented) {
        return Randoms.sha256(presented.strip());
    }
}
