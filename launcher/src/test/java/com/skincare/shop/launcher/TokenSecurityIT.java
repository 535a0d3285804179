package com.skincare.shop.launcher;

import io.jsonwebtoken.Jwts;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens the shop must refuse, each otherwise as good as a real one: same issuer, a real user and an open
 * session. Tampered, expired, signed by another key, or unsigned with {@code alg: none}: all 401.
 */
class TokenSecurityIT extends ShopIT {

    private static final String ADMIN_ROUTE = "/api/v1/admin/customers";
    private static final String USER_ROUTE = "/api/v1/user/addresses";

    private String sessionOf(String accessToken) {
        String payload = new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]), StandardCharsets.UTF_8);
        return payload.replaceAll(".*\"sid\":\"([^\"]+)\".*", "$1");
    }

    private static String token(PrivateKey key, long userId, String sessionId, List<String> roles, Instant issuedAt,
                                Duration lifetime) {
        return Jwts.builder().issuer("skincare-shop").subject(Long.toString(userId)).claim("roles", roles)
                .claim("sid", sessionId).issuedAt(Date.from(issuedAt)).expiration(Date.from(issuedAt.plus(lifetime)))
                .signWith(key, Jwts.SIG.ES256).compact();
    }

    private static void assertUnauthorized(Http.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.json().path("success").asBoolean(true)).isFalse();
        assertThat(answer.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void aTokenSignedWithTheShopsKeyForAnOpenSessionWorks() {
        Customer customer = newCustomer();
        String own = token(TestKeys.SHOP.getPrivate(), customer.id(), sessionOf(customer.accessToken()),
                List.of("customer"), Instant.now(), Duration.ofMinutes(5));

        assertThat(anonymous().withToken(own).get(USER_ROUTE).status())
                .as("the forgeries below fail for the one thing each changes").isEqualTo(200);
    }

    @Test
    void aTamperedTokenIs401() {
        Customer customer = newCustomer();
        String[] parts = customer.accessToken().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"customer\"", "\"admin\"");
        String tampered = parts[0] + "." + base64Url(claims) + "." + parts[2];

        assertThat(claims).contains("\"admin\"");
        assertUnauthorized(anonymous().withToken(tampered).get(ADMIN_ROUTE));
        assertUnauthorized(anonymous().withToken(tampered).get(USER_ROUTE));
    }

    @Test
    void anExpiredTokenIs401TokenExpired() {
        Customer customer = newCustomer();
        String expired = token(TestKeys.SHOP.getPrivate(), customer.id(), sessionOf(customer.accessToken()),
                List.of("customer"), Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1));

        Http.Answer answer = anonymous().withToken(expired).get(USER_ROUTE);

        assertUnauthorized(answer);
        assertThat(answer.code()).isEqualTo("TOKEN_EXPIRED");
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() {
        Customer customer = newCustomer();
        String forged = token(TestKeys.STRANGER.getPrivate(), customer.id(), sessionOf(customer.accessToken()),
                List.of("admin"), Instant.now(), Duration.ofMinutes(5));

        assertUnauthorized(anonymous().withToken(forged).get(ADMIN_ROUTE));
        assertUnauthorized(anonymous().withToken(forged).get(USER_ROUTE));
    }

    @Test
    void anUnsignedTokenWithAlgNoneIs401() {
        Customer customer = newCustomer();
        String payload = customer.accessToken().split("\\.")[1];
        String unsigned = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".";

        assertUnauthorized(anonymous().withToken(unsigned).get(USER_ROUTE));
        assertUnauthorized(anonymous().withToken(unsigned + "AAAA").get(USER_ROUTE));
    }

    @Test
    void aGenuineTokenOfAnEndedSessionIs401() {
        Customer customer = newCustomer();
        String stillSigned = token(TestKeys.SHOP.getPrivate(), customer.id(), sessionOf(customer.accessToken()),
                List.of("customer"), Instant.now(), Duration.ofMinutes(5));

        customer.http().post("/api/v1/auth/logout", null);

        assertUnauthorized(anonymous().withToken(stillSigned).get(USER_ROUTE));
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
