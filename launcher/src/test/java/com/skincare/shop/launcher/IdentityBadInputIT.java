package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Bad input to the identity endpoints: a 4xx in the envelope naming the field, and nothing stored. */
class IdentityBadInputIT extends ShopIT {

    private static Map<String, Object> registration() {
        Map<String, Object> body = new HashMap<>();
        body.put("email", "bad-input@example.com");
        body.put("password", CUSTOMER_PASSWORD);
        body.put("first_name", "Sophea");
        body.put("last_name", "Chan");
        return body;
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = registration();
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return body;
    }

    static Stream<Arguments> badRegistrations() {
        return Stream.of(
                arguments("malformed email", with("email", "sophea.example.com"), "email"),
                arguments("email without a domain dot", with("email", "sophea@localhost"), "email"),
                arguments("email with spaces", with("email", "so phea@example.com"), "email"),
                arguments("missing email", with("email", null), "email"),
                arguments("missing password", with("password", null), "password"),
                arguments("missing first name", with("first_name", null), "first_name"),
                arguments("blank last name", with("last_name", "  "), "last_name"),
                arguments("over-long first name", with("first_name", "S".repeat(101)), "first_name"),
                arguments("over-long email", with("email", "s".repeat(250) + "@example.com"), "email"),
                arguments("over-long phone", with("phone", "+855 12 345 678 901 234"), "phone"),
                arguments("letters as a phone", with("phone", "call me maybe"), "phone"),
                arguments("password too short", with("password", "Short-1"), "password"),
                arguments("password too long for BCrypt", with("password", "ក".repeat(30)), "password"),
                arguments("password of one repeated character", with("password", "aaaaaaaaaaaa"), "password"),
                arguments("password that is the email", with("password", "bad-input@example.com"), "password"),
                arguments("unknown skin type", with("skin_type", "shiny"), "skin_type"),
                arguments("unknown language", with("language", "fr"), "language"),
                arguments("unknown gender", with("gender", "robot"), "gender"),
                arguments("birth date in the future", with("date_of_birth", "2999-01-01"), "date_of_birth"),
                arguments("birth date not a date", with("date_of_birth", "yesterday"), "date_of_birth"),
                arguments("first name as a number", with("first_name", 42), "first_name"),
                arguments("email as a list", with("email", List.of("a@example.com")), "email"),
                arguments("unknown field", with("role", "admin"), "role"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegistrations")
    void aBadRegistrationIs400WithTheFieldAndStoresNothing(String name, Map<String, Object> body, String field) {
        long before = storedEvents();

        Http.Answer answer = anonymous().post("/api/v1/auth/register", body);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().path("success").asBoolean(true)).isFalse();
        assertThat(answer.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(answer.json().path("error").path("details").findValuesAsText("field")).as(answer.toString())
                .contains(field);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aTakenEmailIs409WhateverItsCase() {
        Customer customer = newCustomer();
        long before = storedEvents();

        Http.Answer taken = register(customer.email().toUpperCase(), "Another-password-31");

        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("EMAIL_TAKEN");
        assertThat(taken.json().path("error").path("details").findValuesAsText("field")).containsExactly("email");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void malformedJsonAndWrongMediaTypeAre4xx() {
        long before = storedEvents();

        Http.Answer malformed = anonymous().send("POST", "/api/v1/auth/register", "{\"email\": ");
        Http.Answer emptyLogin = anonymous().send("POST", "/api/v1/auth/login", "{}");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("MALFORMED_JSON");
        assertThat(emptyLogin.status()).isEqualTo(400);
        assertThat(emptyLogin.json().path("error").path("details").findValuesAsText("field"))
                .containsExactlyInAnyOrder("email", "password");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void badProfilesAndAddressesAre400AndChangeNothing() {
        Customer customer = newCustomer();
        long before = storedEvents();

        Http.Answer profile = customer.http().put("/api/v1/auth/profile",
                Map.of("first_name", "Sophea", "last_name", "Chan", "language", "klingon"));
        Http.Answer address = customer.http().post("/api/v1/user/addresses",
                Map.of("address_line1", "Street 1", "city", "Kep", "country", "Cambodia", "type", "holiday"));
        Http.Answer noCity = customer.http().post("/api/v1/user/addresses",
                Map.of("address_line1", "Street 1", "postal_code", "23000", "country", "Cambodia"));
        Http.Answer badId = customer.http().put("/api/v1/user/addresses/not-a-number",
                Map.of("address_line1", "Street 1", "city", "Kep", "postal_code", "23000", "country", "Cambodia"));
        Http.Answer unknownId = customer.http().delete("/api/v1/user/addresses/987654321");

        assertThat(profile.status()).isEqualTo(400);
        assertThat(fields(profile)).contains("language");
        assertThat(address.status()).isEqualTo(400);
        assertThat(fields(address)).contains("type");
        assertThat(noCity.status()).isEqualTo(400);
        assertThat(fields(noCity)).contains("city");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(unknownId.status()).isEqualTo(404);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void tokenEndpointsRefuseGarbageAlike() {
        long before = storedEvents();

        for (String token : new String[]{"garbage", "7.short", "999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                "-1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}) {
            Http.Answer verify = anonymous().post("/api/v1/auth/verify-email", Map.of("token", token));
            assertThat(verify.status()).as(token + " " + verify).isEqualTo(422);
            assertThat(verify.code()).isEqualTo("TOKEN_INVALID");
        }
        assertThat(anonymous().post("/api/v1/auth/refresh", Map.of("refresh_token", "garbage")).code())
                .isEqualTo("INVALID_REFRESH_TOKEN");
        assertThat(anonymous().post("/api/v1/auth/refresh", Map.of()).status()).isEqualTo(400);
        assertThat(anonymous().post("/api/v1/auth/forgot-password", Map.of("email", 7)).status()).isEqualTo(400);
        assertThat(storedEvents()).isEqualTo(before);
    }

    private static List<String> fields(Http.Answer answer) {
        JsonNode details = answer.json().path("error").path("details");
        return details.findValuesAsText("field");
    }
}
