package com.skincare.shop.command.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BCryptPasswordHasherTest {

    /** BCrypt's cheapest strength: these tests are about behaviour, not cost. */
    private final BCryptPasswordHasher hasher = new BCryptPasswordHasher(4);

    @Test
    void theHashIsNotThePassword() {
        String hash = hasher.hash("Kampot-pepper-2025");

        assertThat(hash).startsWith("$2a$04$").doesNotContain("Kampot-pepper-2025");
    }

    @Test
    void matchesThePasswordItWasMadeFrom() {
        String hash = hasher.hash("Kampot-pepper-2025");

        assertThat(hasher.matches("Kampot-pepper-2025", hash)).isTrue();
        assertThat(hasher.matches("kampot-pepper-2025", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void saltsEveryHash() {
        String first = hasher.hash("Kampot-pepper-2025");
        String second = hasher.hash("Kampot-pepper-2025");

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches("Kampot-pepper-2025", first)).isTrue();
        assertThat(hasher.matches("Kampot-pepper-2025", second)).isTrue();
    }

    @Test
    void aLongerCandidateWithTheSameStartDoesNotMatch() {
        String password = "p".repeat(BCryptPasswordHasher.MAX_PASSWORD_BYTES);
        String hash = hasher.hash(password);

        assertThat(hasher.matches(password, hash)).isTrue();
        assertThat(hasher.matches(password + "q", hash)).isFalse();
    }

    @Test
    void nothingMatchesNothing() {
        assertThat(hasher.matches(null, hasher.hash("Kampot-pepper-2025"))).isFalse();
        assertThat(hasher.matches("Kampot-pepper-2025", null)).isFalse();
        assertThat(hasher.matches("Kampot-pepper-2025", "not a bcrypt hash")).isFalse();
    }

    @Test
    void usesTheStrengthItWasGiven() {
        assertThat(new BCryptPasswordHasher(12).hash("Kampot-pepper-2025")).startsWith("$2a$12$");
    }
}
