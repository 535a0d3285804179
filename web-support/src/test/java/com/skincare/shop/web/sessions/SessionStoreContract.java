package com.skincare.shop.web.sessions;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link SessionStore} promises, run against each implementation. */
abstract class SessionStoreContract {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    abstract SessionStore store();

    /** Every test uses users and tokens of its own, so runs on a shared Redis never meet. */
    final String unique = UUID.randomUUID().toString();

    Session session(String name, String userId) {
        return new Session(name + "-" + unique, userId + "-" + unique, "sophea@example.com", "customer", NOW);
    }

    String token(String name) {
        return "hash-" + name + "-" + unique;
    }

    @Test
    void anOpenedSessionIsOpen() {
        Session session = session("s1", "7");

        assertThat(store().open(session, token("r1"), LIFETIME)).isTrue();

        assertThat(store().isOpen(session.id())).isTrue();
        assertThat(store().isOpen("never-opened-" + unique)).isFalse();
    }

    @Test
    void aRefreshTokenRotatesOnceAndTheNewOneWorksNext() {
        Session session = session("s1", "7");
        store().open(session, token("r1"), LIFETIME);

        Rotation first = store().rotate(token("r1"), token("r2"), LIFETIME, NOW);
        Rotation second = store().rotate(token("r2"), token("r3"), LIFETIME, NOW);

        assertThat(first.outcome()).isEqualTo(Rotation.Outcome.ROTATED);
        assertThat(first.session()).isEqualTo(session);
        assertThat(second.outcome()).isEqualTo(Rotation.Outcome.ROTATED);
        assertThat(store().isOpen(session.id())).isTrue();
    }

    @Test
    void aSessionKeepsItsGrantsAcrossRotations() {
        Session granted = new Session("g1-" + unique, "8-" + unique, "dara@example.com", "customer", NOW,
                Set.of("analytics"));
        store().open(granted, token("g1"), LIFETIME);

        Rotation rotated = store().rotate(token("g1"), token("g2"), LIFETIME, NOW);

        assertThat(rotated.session()).isEqualTo(granted);
        assertThat(rotated.session().roles()).containsExactlyInAnyOrder("customer", "analytics");
    }

    @Test
    void aSpentRefreshTokenPresentedAgainEndsItsWholeSession() {
        Session session = session("s1", "7");
        store().open(session, token("r1"), LIFETIME);
        store().rotate(token("r1"), token("r2"), LIFETIME, NOW);

        Rotation replayed = store().rotate(token("r1"), token("r3"), LIFETIME, NOW);

        assertThat(replayed.outcome()).isEqualTo(Rotation.Outcome.REUSED);
        assertThat(store().isOpen(session.id())).isFalse();
        assertThat(store().rotate(token("r2"), token("r4"), LIFETIME, NOW).outcome())
                .as("the thief's fresh token dies with the family").isEqualTo(Rotation.Outcome.UNKNOWN);
    }

    @Test
    void anUnknownRefreshTokenRotatesNothing() {
        assertThat(store().rotate(token("nobody"), token("r2"), LIFETIME, NOW).outcome())
                .isEqualTo(Rotation.Outcome.UNKNOWN);
        assertThat(store().rotate(token("r2"), token("r3"), LIFETIME, NOW).outcome())
                .as("the replacement of an unknown token was not stored").isEqualTo(Rotation.Outcome.UNKNOWN);
    }

    @Test
    void closingASessionEndsItsRefreshTokensToo() {
        Session session = session("s1", "7");
        store().open(session, token("r1"), LIFETIME);

        store().close(session.id());

        assertThat(store().isOpen(session.id())).isFalse();
        assertThat(store().rotate(token("r1"), token("r2"), LIFETIME, NOW).outcome())
                .isEqualTo(Rotation.Outcome.UNKNOWN);
    }

    @Test
    void closingAllSessionsOfAUserLeavesOtherUsersAlone() {
        Session phone = session("phone", "7");
        Session laptop = session("laptop", "7");
        Session someoneElse = session("other", "8");
        store().open(phone, token("r1"), LIFETIME);
        store().open(laptop, token("r2"), LIFETIME);
        store().open(someoneElse, token("r3"), LIFETIME);

        store().closeAll(phone.userId());

        assertThat(store().isOpen(phone.id())).isFalse();
        assertThat(store().isOpen(laptop.id())).isFalse();
        assertThat(store().isOpen(someoneElse.id())).isTrue();
        assertThat(store().open(session("again", "7"), token("r4"), LIFETIME))
                .as("closing is not blocking").isTrue();
    }

    @Test
    void aBlockedUserLosesEverySessionAndCannotOpenANewOneUntilUnblocked() {
        Session phone = session("phone", "7");
        store().open(phone, token("r1"), LIFETIME);

        store().block(phone.userId());

        assertThat(store().isOpen(phone.id())).isFalse();
        assertThat(store().open(session("again", "7"), token("r2"), LIFETIME)).isFalse();
        assertThat(store().isOpen(session("again", "7").id())).isFalse();
        assertThat(store().rotate(token("r2"), token("r3"), LIFETIME, NOW).outcome())
                .isEqualTo(Rotation.Outcome.UNKNOWN);

        store().unblock(phone.userId());

        assertThat(store().open(session("after", "7"), token("r4"), LIFETIME)).isTrue();
    }
}
