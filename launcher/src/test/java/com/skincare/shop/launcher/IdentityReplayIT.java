package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replaying the customers projection gives {@code users} and {@code user_addresses} back row for row, even
 * after users were deleted and their emails taken by new accounts. Processors with side effects are not
 * projections and cannot be replayed: the mail outbox would send every mail again.
 */
class IdentityReplayIT extends ShopIT {

    private static final List<String> IDENTITY_TABLES = List.of("users", "user_addresses");

    @Test
    void replayRebuildsIdenticalTables() {
        Customer first = newCustomer();
        first.http().post("/api/v1/user/addresses", Map.of("address_line1", "Street 63", "city", "Phnom Penh",
                "postal_code", "12302", "country", "Cambodia"));
        first.http().put("/api/v1/auth/profile", Map.of("first_name", "Bopha", "last_name", "Ly", "language", "en"));
        admin().delete("/api/v1/admin/customers/" + first.id());
        Customer second = signIn(register(first.email(), "Second-account-77").data().path("email").asText(),
                "Second-account-77");
        second.http().post("/api/v1/user/addresses", Map.of("address_line1", "Street 2", "city", "Kampot",
                "postal_code", "07000", "country", "Cambodia", "is_default", true));
        admin().post("/api/v1/admin/customers/" + second.id() + "/suspend", null);
        caughtUp();
        Map<String, String> before = checksums();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE email = ?", Long.class, first.email()))
                .isEqualTo(1);

        Http.Answer replay = admin().post("/api/v1/admin/projections/customers/replay", null);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(202);

        caughtUp();
        assertThat(checksums()).isEqualTo(before);
    }

    @Test
    void onlyProjectionsAreListedAndReplayable() {
        JsonNode projections = admin().get("/api/v1/admin/projections").data();

        assertThat(projections.findValuesAsText("name")).containsExactly("catalog", "customers");
        assertThat(admin().post("/api/v1/admin/projections/identity-mail/replay", null).status()).isEqualTo(404);
        assertThat(admin().post("/api/v1/admin/projections/identity-sessions/replay", null).status()).isEqualTo(404);
    }

    private void caughtUp() {
        eventually(() -> {
            JsonNode status = admin().get("/api/v1/admin/projections/customers").data();
            assertThat(status.path("replaying").asBoolean()).isFalse();
            assertThat(status.path("lag").asLong()).isZero();
        });
    }

    private Map<String, String> checksums() {
        return IDENTITY_TABLES.stream().collect(Collectors.toMap(t -> t, t -> jdbc.queryForObject(
                "SELECT count(*) || ':' || coalesce(md5(string_agg(r::text, '|' ORDER BY r::text)), '') FROM "
                        + t + " r", String.class)));
    }
}
