package com.skincare.shop.command.identity;

import com.skincare.shop.api.common.RejectedException;
import com.skincare.shop.api.common.Rejection;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static com.skincare.shop.command.identity.IdentityFixtures.EMAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    @Test
    void acceptsAnOrdinaryPassword() {
        assertThat(PasswordPolicy.problemWith("Kampot-pepper-2025", EMAIL)).isEmpty();
    }

    @Test
    void acceptsExactlyTheMinimumLength() {
        assertThat(PasswordPolicy.problemWith("abcd1234", EMAIL)).isEmpty();
    }

    @Test
    void refusesOneCharacterShort() {
        assertThat(PasswordPolicy.problemWith("abcd123", EMAIL)).contains("must be at least 8 characters");
    }

    @Test
    void refusesNothing() {
        assertThat(PasswordPolicy.problemWith(null, EMAIL)).contains("must not be blank");
        assertThat(PasswordPolicy.problemWith("", EMAIL)).contains("must not be blank");
    }

    @Test
    void countsCharactersNotBytesNorJavaChars() {
        String fiveKhmerLetters = "ពាក្យ";
        String sevenWithEmoji = "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00abc";

        assertThat(fiveKhmerLetters.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(8);
        assertThat(PasswordPolicy.problemWith(fiveKhmerLetters, EMAIL)).contains("must be at least 8 characters");
        assertThat(sevenWithEmoji.length()).isGreaterThan(8);
        assertThat(PasswordPolicy.problemWith(sevenWithEmoji, EMAIL)).contains("must be at least 8 characters");
        assertThat(PasswordPolicy.problemWith("ពាក្យសម្ងាត់", EMAIL)).isEmpty();
    }

    @Test
    void acceptsExactlyWhatBcryptReads() {
        assertThat(PasswordPolicy.problemWith("ab".repeat(36), EMAIL)).isEmpty();
    }

    @Test
    void refusesMoreBytesThanBcryptReads() {
        assertThat(PasswordPolicy.problemWith("ab".repeat(36) + "c", EMAIL)).contains("must be at most 72 bytes");
    }

    @Test
    void countsTheBytesOfWideCharacters() {
        String twentyFiveKhmerLetters = "ក".repeat(12) + "ខ".repeat(13);

        assertThat(twentyFiveKhmerLetters.getBytes(StandardCharsets.UTF_8)).hasSize(75);
        assertThat(PasswordPolicy.problemWith(twentyFiveKhmerLetters, EMAIL)).contains("must be at most 72 bytes");
    }

    @Test
    void refusesOneCharacterRepeated() {
        assertThat(PasswordPolicy.problemWith("aaaaaaaaaa", EMAIL)).contains("must not be one character repeated");
        assertThat(PasswordPolicy.problemWith("        ", EMAIL)).contains("must not be one character repeated");
    }

    @Test
    void refusesTheEmailAddressInAnyCase() {
        assertThat(PasswordPolicy.problemWith("Sophea.Chan@Example.com", EMAIL))
                .contains("must not be the email address");
    }

    @Test
    void mayContainTheEmailAddress() {
        assertThat(PasswordPolicy.problemWith(EMAIL + "!2025", EMAIL)).isEmpty();
    }

    @Test
    void needsNoEmailToJudge() {
        assertThat(PasswordPolicy.problemWith("Kampot-pepper-2025", null)).isEmpty();
    }

    @Test
    void refusesAsTheFieldTheCallerNames() {
        assertThatThrownBy(() -> PasswordPolicy.check("new_password", "short", EMAIL))
                .isInstanceOfSatisfying(RejectedException.class, refused -> assertThat(refused.rejection())
                        .isEqualTo(Rejection.invalid("new_password", "must be at least 8 characters")));
        assertThatNoException().isThrownBy(() -> PasswordPolicy.check("password", "Kampot-pepper-2025", EMAIL));
    }
}
