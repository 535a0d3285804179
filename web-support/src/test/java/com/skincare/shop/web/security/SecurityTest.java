package com.skincare.shop.web.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.skincare.shop.web.HttpTestBase;
import com.skincare.shop.web.config.WebSupportDefaults;
import com.skincare.shop.web.sessions.Session;
import com.skincare.shop.web.sessions.SessionStore;
import com.skincare.shop.web.testapp.TestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityTest extends HttpTestBase {

    @Autowired
    private AccessTokenIssuer issuer;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private ConfigurableEnvironment environment;

    @Value("${shop.jwt.private-key}")
    private String configuredPrivateKey;

    @Autowired
    private SessionStore sessions;

    private String lastSessionId;

    /** A token of user 7 in a session of its own, open in the real Redis. */
    private String token(String... roles) {
        lastSessionId = UUID.randomUUID().toString();
        assertThat(sessions.open(new Session(lastSessionId, "7", "user7@example.com", "customer", Instant.now()),
                "refresh-" + lastSessionId, Duration.ofMinutes(5))).isTrue();
        return issuer.issue("7", "user7@example.com", Set.of(roles), lastSessionId).accessToken();
    }

    private static void assertUnauthorized(Answer answer, String code, String message) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(401);
        assertThat(answer.header("Content-Type")).hasValue("application/json;charset=UTF-8");
        assertThat(answer.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(answer.json().path("success").asBoolean(true)).isFalse();
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.json().path("message").asText()).isEqualTo(message);
    }

    @Test
    void adminPathWithoutTokenIs401() {
        assertUnauthorized(get("/api/v1/admin/things"), "UNAUTHORIZED", "Authentication required");
    }

    @Test
    void adminPathWithoutAdminRoleIs403() {
        Answer answer = get("/api/v1/admin/things", "Authorization", bearer(token("customer")));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.header("Content-Type")).hasValue("application/json;charset=UTF-8");
        assertThat(answer.code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aModeratorPassesOnlyToReviewModeration() {
        String moderator = token("moderator");

        assertThat(get("/api/v1/admin/reviews/pending", "Authorization", bearer(moderator)).status())
                .as("past security; no such endpoint in this test app").isEqualTo(404);
        assertThat(get("/api/v1/admin/things", "Authorization", bearer(moderator)).status()).isEqualTo(403);
        assertThat(get("/api/v1/admin/reviews/pending", "Authorization", bearer(token("customer"))).status())
                .isEqualTo(403);
    }

    @Test
    void aUsersOwnPathsNeedAToken() {
        assertUnauthorized(get("/api/v1/user/addresses"), "UNAUTHORIZED", "Authentication required");
        assertUnauthorized(get("/api/v1/auth/me"), "UNAUTHORIZED", "Authentication required");
        assertThat(get("/api/v1/user/addresses", "Authorization", bearer(token("customer"))).status())
                .as("past security; no such endpoint in this test app").isEqualTo(404);
    }

    @Test
    void adminPathWithAdminTokenIs200() {
        Answer answer = get("/api/v1/admin/things", "Authorization", bearer(token("admin")));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("data").asText()).isEqualTo("7");
    }

    @Test
    void asyncDispatchOfAnAdminRequestStaysAuthenticated() {
        Answer answer = get("/api/v1/admin/async", "Authorization", bearer(token("admin")));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("data").asText()).isEqualTo("7");
        assertThat(get("/api/v1/admin/async").status()).isEqualTo(401);
    }

    @Test
    void loginIsOpenAndItsTokenOpensTheAdminPaths() {
        Answer login = postJson("/api/v1/admin/login", "{\"email\": \"admin@example.com\", \"password\": \"x\"}");

        assertThat(login.status()).as(login.body()).isEqualTo(200);
        JsonNode data = login.json().path("data");
        assertThat(data.path("token_type").asText()).isEqualTo("Bearer");
        // 1h from the test's application.properties, over the module default of 24h.
        assertThat(data.path("expires_in").asLong()).isEqualTo(3600);
        Answer things = get("/api/v1/admin/things", "Authorization", bearer(data.path("access_token").asText()));
        assertThat(things.status()).isEqualTo(200);
        assertThat(things.json().path("data").asText()).isEqualTo("1");
    }

    @Test
    void verifiedTokenExposesSubjectEmailAndRoles() {
        Answer answer = get("/test/me", "Authorization", bearer(token("ADMIN", "customer")));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode me = answer.json().path("data");
        assertThat(me.path("subject").asText()).isEqualTo("7");
        assertThat(me.path("email").asText()).isEqualTo("user7@example.com");
        assertThat(me.path("roles").toString()).isEqualTo("[\"admin\",\"customer\"]");
    }

    @Test
    void publicPathWithoutTokenIsAnonymous() {
        Answer answer = get("/test/me");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("message").asText()).isEqualTo("anonymous");
    }

    @Test
    void expiredTokenIs401TokenExpired() {
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        String expired = new JwtAccessTokenIssuer(PemKeys.privateKey(configuredPrivateKey), Duration.ofMinutes(5),
                Clock.fixed(anHourAgo, ZoneOffset.UTC)).issue("7", "user7@example.com", Set.of("admin"), "session-7").accessToken();

        assertUnauthorized(get("/api/v1/admin/things", "Authorization", bearer(expired)), "TOKEN_EXPIRED", "Token has expired");
    }

    @Test
    void tokenSignedByAnotherKeyIs401() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair otherKeys = generator.generateKeyPair();
        String forged = new JwtAccessTokenIssuer(otherKeys.getPrivate(), Duration.ofMinutes(5), Clock.systemUTC())
                .issue("7", "user7@example.com", Set.of("admin"), "session-7").accessToken();

        assertUnauthorized(get("/api/v1/admin/things", "Authorization", bearer(forged)), "UNAUTHORIZED", "Invalid token");
    }

    @Test
    void aTokenOfAClosedSessionIs401() {
        String token = token("admin");
        assertThat(get("/api/v1/admin/things", "Authorization", bearer(token)).status()).isEqualTo(200);

        sessions.close(lastSessionId);

        assertUnauthorized(get("/api/v1/admin/things", "Authorization", bearer(token)), "UNAUTHORIZED", "Invalid token");
        assertUnauthorized(get("/test/me", "Authorization", bearer(token)), "UNAUTHORIZED", "Invalid token");
    }

    @Test
    void aTokenWhoseClaimsWereChangedIs401() {
        String[] parts = token("customer").split("\\.");
        Base64.Decoder decoder = Base64.getUrlDecoder();
        String claims = new String(decoder.decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"customer\"", "\"admin\"");
        String tampered = parts[0] + "." + base64Url(claims) + "." + parts[2];

        assertThat(claims).contains("\"roles\":[\"admin\"]");
        assertUnauthorized(get("/api/v1/admin/things", "Authorization", bearer(tampered)), "UNAUTHORIZED", "Invalid token");
    }

    @Test
    void anUnsignedTokenWithAlgNoneIs401() {
        String[] parts = token("admin").split("\\.");
        String none = base64Url("{\"alg\":\"none\"}") + "." + parts[1] + ".";

        assertUnauthorized(get("/api/v1/admin/things", "Authorization", bearer(none)), "UNAUTHORIZED", "Invalid token");
    }

    @Test
    void whileTheSessionStoreIsDownATokenCannotBeCheckedAndTheAnswerIs503() {
        String token = token("admin");
        TestApplication.SESSIONS_DOWN.set(true);
        try {
            Answer answer = get("/api/v1/admin/things", "Authorization", bearer(token));

            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.code()).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(answer.body()).doesNotContain("Redis", "switched off");
            assertThat(get("/test/me").status()).as("anonymous requests need no session").isEqualTo(200);
        } finally {
            TestApplication.SESSIONS_DOWN.set(false);
        }
        assertThat(get("/api/v1/admin/things", "Authorization", bearer(token)).status()).isEqualTo(200);
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void garbageTokenOnAPublicPathIs401() {
        assertUnauthorized(get("/test/me", "Authorization", bearer("not.a.token")), "UNAUTHORIZED", "Invalid token");
        assertUnauthorized(get("/test/me", "Authorization", "Bearer"), "UNAUTHORIZED", "Invalid token");
    }

    @Test
    void otherAuthorizationSchemesAreIgnored() {
        Answer answer = get("/test/me", "Authorization", "Basic YWRtaW46YWRtaW4=");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("message").asText()).isEqualTo("anonymous");
    }

    @Test
    void actuatorHealthIsPublicAndOtherEndpointsAreForAdmins() {
        assertThat(get("/actuator/health").status()).isEqualTo(200);
        assertThat(get("/actuator/health/ping").status()).isEqualTo(200);
        assertUnauthorized(get("/actuator/info"), "UNAUTHORIZED", "Authentication required");
        assertThat(get("/actuator/info", "Authorization", bearer(token("customer"))).status()).isEqualTo(403);
        assertThat(get("/actuator/info", "Authorization", bearer(token("admin"))).status()).isEqualTo(200);
    }

    @Test
    void noSessionIsCreated() {
        Answer answer = get("/api/v1/admin/things", "Authorization", bearer(token("admin")));

        assertThat(answer.header("Set-Cookie")).isEmpty();
    }

    @Test
    void springBootAddsNeitherADefaultUserNorItsOwnFilterChain() {
        assertThat(context.getBeansOfType(UserDetailsService.class)).isEmpty();
        assertThat(context.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("apiSecurityFilterChain");
    }

    @Test
    void moduleDefaultsRankBelowApplicationPropertiesAndTheEnvironment() {
        List<String> sources = environment.getPropertySources().stream().map(PropertySource::getName).toList();
        int defaults = sources.indexOf(WebSupportDefaults.PROPERTY_SOURCE_NAME);

        assertThat(defaults).isPositive();
        assertThat(sources.subList(0, defaults))
                .contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)
                .anySatisfy(name -> assertThat(name).contains("application.properties"));
        assertThat(environment.getProperty("server.error.whitelabel.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("shop.jwt.expires-in")).isEqualTo("1h");
    }
}
