package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin's side of identity: finding, editing, suspending and deleting users, and their addresses. */
class AdminCustomersIT extends ShopIT {

    @Test
    void theFirstAdminWasRegisteredThroughACommandAndSignsInAsAUser() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM axon.domain_event_entry WHERE type = 'User'"
                + " AND payloadType LIKE '%UserRegisteredEvent' AND convert_from(payload, 'UTF8') LIKE ?",
                Long.class, "%" + ADMIN_EMAIL + "%")).isEqualTo(1);
        eventually(() -> {
            Http.Answer me = admin().get("/api/v1/admin/me");
            assertThat(me.status()).as(me.toString()).isEqualTo(200);
            assertThat(me.data().path("email").asText()).isEqualTo(ADMIN_EMAIL);
            assertThat(me.data().path("role").asText()).isEqualTo("admin");
            assertThat(me.data().path("email_verified").asBoolean()).isTrue();
        });
    }

    @Test
    void customersAreFoundBySearchAndFilters() {
        Customer customer = newCustomer();

        eventually(() -> {
            Http.Answer found = admin().get("/api/v1/admin/customers?search=" + customer.email().toUpperCase()
                    + "&role=customer&is_active=true");
            assertThat(found.status()).as(found.toString()).isEqualTo(200);
            assertThat(found.data().path("data").findValuesAsText("email")).containsExactly(customer.email());
            assertThat(found.data().path("total_items").asLong()).isEqualTo(1);
        });
        Http.Answer one = admin().get("/api/v1/admin/customers/" + customer.id());
        assertThat(one.data().path("first_name").asText()).isEqualTo("Sophea");
        assertThat(one.body()).doesNotContain("$2a$", "password");
        assertThat(admin().get("/api/v1/admin/customers?role=shopkeeper").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/admin/customers?sort=password").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/admin/customers/999999999").status()).isEqualTo(404);
    }

    @Test
    void aSuspensionStopsTheUsersTokensAtOnceUntilActivated() {
        Customer customer = newCustomer();
        assertThat(customer.http().get("/api/v1/user/addresses").status()).isEqualTo(200);

        Http.Answer suspended = admin().post("/api/v1/admin/customers/" + customer.id() + "/suspend",
                Map.of("reason", "Repeated chargebacks"));

        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
        assertThat(customer.http().get("/api/v1/user/addresses").status())
                .as("no waiting: the suspension ended the session before it was acknowledged").isEqualTo(401);
        assertThat(anonymous().post("/api/v1/auth/refresh", Map.of("refresh_token", customer.refreshToken())).status())
                .isEqualTo(401);
        Http.Answer refused = login(customer.email(), customer.password());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("ACCOUNT_SUSPENDED");
        eventually(() -> assertThat(admin().get("/api/v1/admin/customers/" + customer.id()).data()
                .path("is_active").asBoolean(true)).isFalse());

        assertThat(admin().post("/api/v1/admin/customers/" + customer.id() + "/activate", null).status()).isEqualTo(200);

        assertThat(login(customer.email(), customer.password()).status()).isEqualTo(200);
        assertThat(customer.http().get("/api/v1/user/addresses").status())
                .as("the old session stays ended").isEqualTo(401);
    }

    @Test
    void aDeletedUserIsGoneAndTheirEmailRegistersAgain() {
        Customer customer = newCustomer();
        customer.http().post("/api/v1/user/addresses", Map.of("address_line1", "Street 1", "city", "Siem Reap",
                "postal_code", "17000", "country", "Cambodia"));

        assertThat(admin().delete("/api/v1/admin/customers/" + customer.id()).status()).isEqualTo(200);

        assertThat(customer.http().get("/api/v1/user/addresses").status()).isEqualTo(401);
        assertThat(anonymous().from("198.51.100.21").post("/api/v1/auth/login",
                Map.of("email", customer.email(), "password", customer.password())).code())
                .isEqualTo("INVALID_CREDENTIALS");
        eventually(() -> assertThat(admin().get("/api/v1/admin/customers/" + customer.id()).status()).isEqualTo(404));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM user_addresses WHERE user_id = ?", Long.class,
                customer.id())).isZero();
        Http.Answer again = register(customer.email(), "Another-password-31");
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.data().path("id").asLong()).isNotEqualTo(customer.id());
        assertThat(admin().delete("/api/v1/admin/customers/" + customer.id()).status())
                .as("the old account stays gone").isEqualTo(404);
    }

    @Test
    void anAdminCannotSuspendDeleteOrDemoteThemselves() {
        long adminId = admin().get("/api/v1/admin/me").data().path("id").asLong();
        long before = storedEvents();

        Http.Answer suspend = admin().post("/api/v1/admin/customers/" + adminId + "/suspend", null);
        Http.Answer delete = admin().delete("/api/v1/admin/customers/" + adminId);
        Http.Answer demote = admin().put("/api/v1/admin/customers/" + adminId,
                Map.of("first_name", "Shop", "last_name", "Admin", "role", "customer"));

        assertThat(suspend.status()).isEqualTo(422);
        assertThat(suspend.code()).isEqualTo("SELF_ADMINISTRATION");
        assertThat(delete.status()).isEqualTo(422);
        assertThat(demote.status()).isEqualTo(422);
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(admin().get("/api/v1/admin/me").status()).isEqualTo(200);
    }

    @Test
    void aNewRoleEndsTheOldTokensAndTheNextSignInCarriesIt() {
        Customer customer = newCustomer();
        assertThat(customer.http().get("/api/v1/admin/reviews").status()).isEqualTo(403);

        Http.Answer promoted = admin().put("/api/v1/admin/customers/" + customer.id(),
                Map.of("first_name", "Vanna", "last_name", "Sok", "role", "moderator"));

        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
        assertThat(customer.http().get("/api/v1/user/addresses").status()).isEqualTo(401);
        Customer moderator = signIn(customer.email(), customer.password());
        assertThat(moderator.http().get("/api/v1/admin/reviews").status()).isEqualTo(200);
        assertThat(moderator.http().get("/api/v1/admin/customers").status()).isEqualTo(403);
        eventually(() -> assertThat(admin().get("/api/v1/admin/customers/" + moderator.id()).data()
                .path("role").asText()).isEqualTo("moderator"));
        Http.Answer adminLogin = anonymous().post("/api/v1/admin/login",
                Map.of("email", moderator.email(), "password", moderator.password()));
        assertThat(adminLogin.status()).as("the back office sign-in is for admins").isEqualTo(403);
        assertThat(adminLogin.code()).isEqualTo("NOT_AN_ADMIN");
    }

    @Test
    void anAdminEditsAUsersProfileAndAddresses() {
        Customer customer = newCustomer();

        Http.Answer edited = admin().put("/api/v1/admin/customers/" + customer.id(),
                Map.of("first_name", "Chenda", "last_name", "Chan", "language", "en"));
        Http.Answer added = admin().post("/api/v1/admin/users/" + customer.id() + "/addresses",
                Map.of("address_line1", "No. 3, Street 105", "city", "Battambang", "postal_code", "02000",
                        "country", "Cambodia"));

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        long addressId = added.data().path("id").asLong();
        eventually(() -> {
            JsonNode addresses = admin().get("/api/v1/admin/users/" + customer.id() + "/addresses").data();
            assertThat(addresses.findValuesAsText("city")).containsExactly("Battambang");
            assertThat(customer.http().get("/api/v1/auth/me").data().path("first_name").asText()).isEqualTo("Chenda");
        });
        assertThat(admin().put("/api/v1/admin/users/" + customer.id() + "/addresses/" + addressId,
                Map.of("address_line1", "No. 4, Street 105", "city", "Battambang", "postal_code", "02000",
                        "country", "Cambodia")).status()).isEqualTo(200);
        assertThat(admin().delete("/api/v1/admin/users/" + customer.id() + "/addresses/" + addressId).status())
                .isEqualTo(200);
        assertThat(admin().get("/api/v1/admin/users/999999999/addresses").status()).isEqualTo(404);
        eventually(() -> assertThat(admin().get("/api/v1/admin/users/" + customer.id() + "/addresses").data().size())
                .isZero());
    }
}
