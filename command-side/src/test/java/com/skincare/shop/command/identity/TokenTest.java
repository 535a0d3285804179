package com.skincare.shop.command.identity;

import com.skincare.shop.api.common.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mailed tokens: their shape, their hash, and the seal that only the mail key opens. */
class TokenTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[TokenSealer.KEY_BYTES]);

    private final TokenSealer sealer = new TokenSealer(KEY);
    private final MailedTokens tokens = new MailedTokens(sealer);

    @Test
    void aTokenNamesItsUserAndIsStoredAsHashAndSeal() {
        MailedTokens.Issued issued = tokens.issue(UserId.of(42), NOW, Duration.ofHours(1));

        assertThat(issued.token()).matches("42\\.[A-Za-z0-9_-]{43}");
        assertThat(MailedTokens.userOf(issued.token())).contains(UserId.of(42));
        assertThat(issued.stored().hash()).isEqualTo(MailedTokens.hash(issued.token())).hasSize(64)
                .doesNotContain(issued.token());
        assertThat(issued.stored().sealed()).doesNotContain(issued.token().substring(3));
        assertThat(issued.stored().expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(sealer.open(issued.stored().sealed())).contains(issued.token());
        assertThat(issued.toString()).doesNotContain(issued.token());
    }

    @Test
    void everyTokenAndEverySealIsNew() {
        MailedTokens.Issued first = tokens.issue(UserId.of(1), NOW, Duration.ofHours(1));
        MailedTokens.Issued second = tokens.issue(UserId.of(1), NOW, Duration.ofHours(1));

        assertThat(first.token()).isNotEqualTo(second.token());
        assertThat(sealer.seal("same")).isNotEqualTo(sealer.seal("same"));
    }

    @Test
    void onlyTheShapeOfATokenNamesAUser() {
        assertThat(MailedTokens.userOf(null)).isEmpty();
        assertThat(MailedTokens.userOf("garbage")).isEmpty();
        assertThat(MailedTokens.userOf("0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).isEmpty();
        assertThat(MailedTokens.userOf("-7.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).isEmpty();
        assertThat(MailedTokens.userOf("7.short")).isEmpty();
        assertThat(MailedTokens.userOf(" 7.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA ")).contains(UserId.of(7));
    }

    @Test
    void aSealOpensOnlyUnderItsKeyAndUnaltered() {
        String sealed = sealer.seal("7.secret");
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;

        assertThat(new TokenSealer(KEY).open(sealed)).as("the same key, in another node").contains("7.secret");
        assertThat(new TokenSealer("").open(sealed)).as("another key").isEmpty();
        assertThat(sealer.open(Base64.getEncoder().encodeToString(bytes))).as("altered").isEmpty();
        assertThat(sealer.open("not base64 at all!")).isEmpty();
        assertThat(sealer.open("AAAA")).isEmpty();
    }

    @Test
    void aConfiguredKeyMustBeThirtyTwoBytesOfBase64() {
        assertThatThrownBy(() -> new TokenSealer("c2hvcnQ=")).hasMessageContaining("MAIL_TOKEN_KEY");
        assertThatThrownBy(() -> new TokenSealer("%%%")).hasMessageContaining("MAIL_TOKEN_KEY");
    }
}
