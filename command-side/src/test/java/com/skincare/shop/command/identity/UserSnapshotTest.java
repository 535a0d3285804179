package com.skincare.shop.command.identity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.skincare.shop.api.identity.ActivateUserCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static com.skincare.shop.command.identity.IdentityFixtures.GIFT;
import static com.skincare.shop.command.identity.IdentityFixtures.HASHER;
import static com.skincare.shop.command.identity.IdentityFixtures.HOME;
import static com.skincare.shop.command.identity.IdentityFixtures.RESET_TOKEN_HASH;
import static com.skincare.shop.command.identity.IdentityFixtures.USER;
import static com.skincare.shop.command.identity.IdentityFixtures.WORK;
import static com.skincare.shop.command.identity.IdentityFixtures.emailVerified;
import static com.skincare.shop.command.identity.IdentityFixtures.resetRequested;
import static com.skincare.shop.command.identity.IdentityFixtures.suspended;
import static com.skincare.shop.command.identity.IdentityFixtures.withAddresses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshots are the aggregate itself as JSON, written by the event store's own Jackson mapper (Java time as
 * ISO-8601, no naming strategy, unknown properties ignored), configured alike here. A user that does not survive
 * that round trip would load wrong, and the order of its addresses decides which becomes the next default.
 */
class UserSnapshotTest {

    private static final ObjectMapper EVENT_STORE_JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void aUserSurvivesASnapshot() throws Exception {
        FixtureConfiguration<User> fixture = new AggregateTestFixture<>(User.class);
        fixture.registerInjectableResource(new InMemoryUserLookup());
        fixture.registerInjectableResource(HASHER);
        AtomicReference<User> state = new AtomicReference<>();
        List<Object> history = withAddresses(GIFT, WORK, HOME);
        history.add(emailVerified());
        history.add(resetRequested(RESET_TOKEN_HASH));
        history.add(suspended());

        fixture.given(history)
                .when(new ActivateUserCommand(USER))
                .expectState(state::set);

        String json = EVENT_STORE_JSON.writeValueAsString(state.get());
        User restored = EVENT_STORE_JSON.readValue(json, User.class);

        assertThat(json).contains("\"userId\":7", "\"addressIds\":[303,302,301]", "\"defaultAddressId\":303",
                "\"resetExpiresAt\":\"2025-06-02T10:30:00Z\"", "\"emailVerified\":true", "\"suspended\":false");
        assertThat(restored).usingRecursiveComparison().isEqualTo(state.get());
    }
}
