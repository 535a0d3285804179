package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A customer's account end to end: sign-up, the mailed links, sessions and tokens, profile and addresses. */
class IdentityFlowIT extends ShopIT {

    @Test
    void signUpVerifyTheEmailFromTheMailAndReadTheProfile() {
        String email = "sophea-" + unique() + "@example.com";

        Http.Answer registered = register(email, CUSTOMER_PASSWORD);

        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        JsonNode account = registered.data();
        assertThat(account.path("email").asText()).isEqualTo(email);
        assertThat(account.path("role").asText()).isEqualTo("customer");
        assertThat(account.path("email_verified").asBoolean(true)).isFalse();
        assertThat(registered.body()).doesNotContain(CUSTOMER_PASSWORD, "$2a$");

        JsonNode mail = newestMailTo(email, "អ៊ីមែល");
        assertThat(mail.path("body").asText()).as("the mail is in the language chosen at sign-up")
                .contains("សូមបញ្ជាក់").contains(mail.path("link").asText());
        String token = tokenOf(mail);
        assertThat(token).startsWith(account.path("id").asText() + ".");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM axon.domain_event_entry WHERE convert_from(payload, 'UTF8')"
                + " LIKE ?", Long.class, "%" + token.substring(token.indexOf('.') + 1) + "%"))
                .as("the event store holds the token's hash and a sealed copy, never the token").isZero();

        Customer sophea = signIn(email, CUSTOMER_PASSWORD);
        assertThat(anonymous().post("/api/v1/auth/verify-email", Map.of("token", token)).status()).isEqualTo(200);
        Http.Answer again = anonymous().post("/api/v1/auth/verify-email", Map.of("token", token));
        assertThat(again.status()).as("a mailed token works once").isEqualTo(422);
        assertThat(again.code()).isEqualTo("TOKEN_INVALID");

        eventually(() -> {
            Http.Answer me = sophea.http().get("/api/v1/auth/me");
            assertThat(me.status()).as(me.toString()).isEqualTo(200);
            assertThat(me.data().path("email_verified").asBoolean()).isTrue();
            assertThat(me.data().path("language").asText()).isEqualTo("kh");
            assertThat(me.data().path("skin_type").asText()).isEqualTo("combination");
            assertThat(me.data().path("is_active").asBoolean()).isTrue();
            assertThat(me.data().has("password")).isFalse();
            assertThat(me.body()).doesNotContain("$2a$", "password_reset_token", "email_verification_token");
        });
    }

    @Test
    void aRefreshTokenRotatesAndASecondUseEndsTheWholeSession() {
        Customer customer = newCustomer();

        Http.Answer refreshed = anonymous().post("/api/v1/auth/refresh", Map.of("refresh_token", customer.refreshToken()));

        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        String newAccess = refreshed.data().path("access_token").asText();
        String newRefresh = refreshed.data().path("refresh_token").asText();
        assertThat(newRefresh).isNotEqualTo(customer.refreshToken());
        assertThat(refreshed.data().path("refresh_expires_in").asLong()).isEqualTo(7 * 24 * 3600);
        assertThat(anonymous().withToken(newAccess).get("/api/v1/user/addresses").status()).isEqualTo(200);

        Http.Answer replayed = anonymous().post("/api/v1/auth/refresh", Map.of("refresh_token", customer.refreshToken()));

        assertThat(replayed.status()).isEqualTo(401);
        assertThat(replayed.code()).isEqualTo("INVALID_REFRESH_TOKEN");
        assertThat(anonymous().withToken(newAccess).get("/api/v1/user/addresses").status())
                .as("the family is revoked: the fresh access token too").isEqualTo(401);
        assertThat(customer.http().get("/api/v1/user/addresses").status()).isEqualTo(401);
        assertThat(anonymous().post("/api/v1/auth/refresh", Map.of("refresh_token", newRefresh)).status())
                .as("and the fresh refresh token").isEqualTo(401);
    }

    @Test
    void logoutEndsTheSessionAndOnlyThatOne() {
        Customer phone = newCustomer();
        Customer laptop = signIn(phone.email(), phone.password());

        assertThat(phone.http().post("/api/v1/auth/logout", null).status()).isEqualTo(200);

        assertThat(phone.http().get("/api/v1/user/addresses").status()).isEqualTo(401);
        assertThat(anonymous().post("/api/v1/auth/refresh", Map.of("refresh_token", phone.refreshToken())).status())
                .isEqualTo(401);
        assertThat(laptop.http().get("/api/v1/user/addresses").status()).isEqualTo(200);
    }

    @Test
    void changingThePasswordEndsEverySessionAndTheNewOneSignsIn() {
        Customer customer = newCustomer();

        Http.Answer wrong = customer.http().post("/api/v1/auth/change-password",
                Map.of("current_password", "not-the-password", "new_password", "Tonle-Sap-2026"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().path("error").path("details").findValuesAsText("field")).contains("current_password");

        Http.Answer changed = customer.http().post("/api/v1/auth/change-password",
                Map.of("current_password", customer.password(), "new_password", "Tonle-Sap-2026"));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(customer.http().get("/api/v1/user/addresses").status()).isEqualTo(401);
        assertThat(login(customer.email(), customer.password()).status()).isEqualTo(401);
        assertThat(login(customer.email(), "Tonle-Sap-2026").status()).isEqualTo(200);
    }

    @Test
    void aForgottenPasswordIsResetFromTheMailOnce() {
        Customer customer = newCustomer();

        Http.Answer forgot = anonymous().post("/api/v1/auth/forgot-password", Map.of("email", customer.email()));
        Http.Answer unknown = anonymous().post("/api/v1/auth/forgot-password",
                Map.of("email", "nobody-" + unique() + "@example.com"));

        assertThat(forgot.status()).isEqualTo(202);
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(unknown.body()).as("the answer does not tell whether the email is registered")
                .isEqualTo(forgot.body());
        String token = tokenOf(newestMailTo(customer.email(), "ពាក្យសម្ងាត់"));

        Http.Answer weak = anonymous().post("/api/v1/auth/reset-password", Map.of("token", token, "password", "short"));
        assertThat(weak.status()).isEqualTo(400);
        Http.Answer reset = anonymous().post("/api/v1/auth/reset-password",
                Map.of("token", token, "password", "Angkor-dawn-1177"));
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);

        assertThat(customer.http().get("/api/v1/user/addresses").status()).as("a reset ends every session").isEqualTo(401);
        assertThat(login(customer.email(), "Angkor-dawn-1177").status()).isEqualTo(200);
        Http.Answer reused = anonymous().post("/api/v1/auth/reset-password",
                Map.of("token", token, "password", "Another-one-2299"));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo("TOKEN_INVALID");
        Http.Answer forged = anonymous().post("/api/v1/auth/reset-password",
                Map.of("token", customer.id() + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "password", "Another-one-2299"));
        assertThat(forged.body()).as("a forged token is answered as a spent one").isEqualTo(reused.body());
    }

    @Test
    void aNewVerificationLinkReplacesTheFirst() {
        Customer customer = newCustomer();
        String first = tokenOf(newestMailTo(customer.email(), "អ៊ីមែល"));

        assertThat(anonymous().post("/api/v1/auth/resend-verification", Map.of("email", customer.email())).status())
                .isEqualTo(202);
        eventually(() -> assertThat(tokenOf(newestMailTo(customer.email(), "អ៊ីមែល"))).isNotEqualTo(first));
        String second = tokenOf(newestMailTo(customer.email(), "អ៊ីមែល"));

        assertThat(anonymous().post("/api/v1/auth/verify-email", Map.of("token", first)).status()).isEqualTo(422);
        assertThat(anonymous().post("/api/v1/auth/verify-email", Map.of("token", second)).status()).isEqualTo(200);
    }

    @Test
    void theProfileIsReplacedAsAWhole() {
        Customer customer = newCustomer();

        Http.Answer updated = customer.http().put("/api/v1/auth/profile", Map.of("first_name", "Sreypov",
                "last_name", "Meas", "phone", "+855 97 111 2222", "date_of_birth", "1996-04-13", "gender", "female",
                "skin_type", "sensitive", "language", "en"));

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        eventually(() -> {
            JsonNode me = customer.http().get("/api/v1/auth/me").data();
            assertThat(me.path("first_name").asText()).isEqualTo("Sreypov");
            assertThat(me.path("date_of_birth").asText()).isEqualTo("1996-04-13");
            assertThat(me.path("skin_type").asText()).isEqualTo("sensitive");
            assertThat(me.path("language").asText()).isEqualTo("en");
        });
    }

    @Test
    void addressesHaveOneDefaultAndStayWithTheirOwner() {
        Customer customer = newCustomer();
        Customer other = newCustomer();
        Map<String, Object> home = Map.of("address_line1", "No. 12, Street 240", "city", "Phnom Penh",
                "postal_code", "12207", "country", "Cambodia");
        Map<String, Object> office = Map.of("type", "billing", "address_line1", "No. 5, Street 51", "city",
                "Phnom Penh", "postal_code", "12204", "country", "Cambodia", "is_default", true);

        Http.Answer first = customer.http().post("/api/v1/user/addresses", home);
        Http.Answer second = customer.http().post("/api/v1/user/addresses", office);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        long homeId = first.data().path("id").asLong();
        long officeId = second.data().path("id").asLong();
        eventually(() -> {
            JsonNode list = customer.http().get("/api/v1/user/addresses").data();
            assertThat(list.findValuesAsText("id")).containsExactly(Long.toString(officeId), Long.toString(homeId));
            assertThat(list.get(0).path("is_default").asBoolean()).isTrue();
            assertThat(list.get(0).path("type").asText()).isEqualTo("billing");
        });

        assertThat(other.http().delete("/api/v1/user/addresses/" + homeId).status())
                .as("another customer's address is not found").isEqualTo(404);
        assertThat(customer.http().post("/api/v1/user/addresses/" + homeId + "/default", null).status()).isEqualTo(200);
        assertThat(customer.http().put("/api/v1/user/addresses/" + homeId,
                Map.of("address_line1", "No. 14, Street 240", "city", "Phnom Penh", "postal_code", "12207",
                        "country", "Cambodia")).status()).isEqualTo(200);
        assertThat(customer.http().delete("/api/v1/user/addresses/" + officeId).status()).isEqualTo(200);

        eventually(() -> {
            JsonNode list = customer.http().get("/api/v1/user/addresses").data();
            assertThat(list.size()).isEqualTo(1);
            assertThat(list.get(0).path("address_line1").asText()).isEqualTo("No. 14, Street 240");
            assertThat(list.get(0).path("is_default").asBoolean()).isTrue();
        });
        assertThat(other.http().get("/api/v1/user/addresses").data().size()).isZero();
    }

    @Test
    void aFailedSignInSaysTheSameForAnUnknownEmailAndAWrongPassword() {
        Customer customer = newCustomer();

        Http.Answer wrongPassword = anonymous().from("198.51.100.7").post("/api/v1/auth/login",
                Map.of("email", customer.email(), "password", "Wrong-password-1"));
        Http.Answer unknownEmail = anonymous().from("198.51.100.7").post("/api/v1/auth/login",
                Map.of("email", "nobody-" + unique() + "@example.com", "password", "Wrong-password-1"));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.body()).isEqualTo(wrongPassword.body());
        assertThat(wrongPassword.code()).isEqualTo("INVALID_CREDENTIALS");
    }
}
