package com.skincare.shop.web.sessions;

import com.skincare.shop.web.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class InMemorySessionStoreTest extends SessionStoreContract {

    private final MovableClock clock = new MovableClock(NOW);
    private final InMemorySessionStore store = new InMemorySessionStore(clock);

    @Override
    SessionStore store() {
        return store;
    }

    @Test
    void aSessionEndsWhenItsLifetimePassesWithoutARefresh() {
        Session session = session("s1", "7");
        store.open(session, token("r1"), LIFETIME);

        clock.advance(LIFETIME.minusSeconds(1));
        assertThat(store.rotate(token("r1"), token("r2"), LIFETIME, clock.instant()).outcome())
                .isEqualTo(Rotation.Outcome.ROTATED);
        clock.advance(LIFETIME.minusSeconds(1));
        assertThat(store.isOpen(session.id())).as("the refresh extended it").isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(store.isOpen(session.id())).isFalse();
    }
}
