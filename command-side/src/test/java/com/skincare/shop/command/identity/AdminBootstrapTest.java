package com.skincare.shop.command.identity;

import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A shop does not start with a weak configured admin password; without one it generates one (see the ITs). */
class AdminBootstrapTest {

    private static AdminBootstrap withPassword(String password) {
        return new AdminBootstrap(null, new InMemoryUserLookup(), null, IdentityFixtures.HASHER, Clock.systemUTC(),
                "admin@skincare.local", password);
    }

    @Test
    void aWeakConfiguredPasswordStopsTheStartNamingTheVariable() {
        assertThatThrownBy(() -> withPassword("admin")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ADMIN_PASSWORD").hasMessageContaining("at least 8 characters")
                .hasMessageNotContaining("admin@");
        assertThatThrownBy(() -> withPassword("admin@skincare.local")).hasMessageContaining("email");
    }

    @Test
    void aStrongOneOrNoneAtAllIsAccepted() {
        assertThatCode(() -> withPassword("change-me-now")).doesNotThrowAnyException();
        assertThatCode(() -> withPassword("")).doesNotThrowAnyException();
    }
}
