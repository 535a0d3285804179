package com.skincare.shop.web.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.Jwts;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Key configuration, issuing and verifying, without a web server. */
class AccessTokenKeysTest {

    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AccessTokenAutoConfiguration.class));

    private static String pem(String name) throws IOException {
        return new ClassPathResource("keys/" + name).getContentAsString(StandardCharsets.US_ASCII);
    }

    private static JwtKeys configured(String privatePem, String publicPem) {
        return JwtKeys.from(new JwtProperties(privatePem, publicPem, null, null));
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void pemKeysRoundTripFromPrivateToPublic() throws IOException {
        JwtKeys keys = configured(pem("test-private.pem"), pem("test-public.pem"));
        IssuedToken issued = new JwtAccessTokenIssuer(keys.privateKey(), Duration.ofMinutes(15), at(NOW))
                .issue("42", "a@example.com", Set.of("Admin", "customer"), "session-1");

        // A process holding only the public key verifies it.
        JwtKeys verifyOnly = configured(null, pem("test-public.pem"));
        AuthenticatedUser user = new JwtAccessTokenVerifier(verifyOnly.publicKey(), at(NOW.plusSeconds(60)))
                .verify(issued.accessToken());

        assertThat(verifyOnly.canSign()).isFalse();
        assertThat(issued.tokenType()).isEqualTo("Bearer");
        assertThat(issued.expiresIn()).isEqualTo(900);
        assertThat(user).isEqualTo(new AuthenticatedUser("42", "a@example.com", Set.of("admin", "customer"), "session-1"));

        Jws<Claims> jws = Jwts.parser().verifyWith(verifyOnly.publicKey()).clock(() -> Date.from(NOW)).build()
                .parseSignedClaims(issued.accessToken());
        Claims claims = jws.getPayload();
        assertThat(jws.getHeader().getAlgorithm()).isEqualTo("ES256");
        assertThat(claims.getIssuer()).isEqualTo("skincare-shop");
        assertThat(claims.get("roles")).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly("admin", "customer");
        assertThat(claims.getId()).isNotBlank();
        assertThat(claims.get("sid")).isEqualTo("session-1");
        assertThat(claims.getIssuedAt().toInstant()).isEqualTo(NOW);
        assertThat(claims.getExpiration().toInstant()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void everyTokenHasItsOwnId() throws IOException {
        JwtKeys keys = configured(pem("test-private.pem"), pem("test-public.pem"));
        JwtAccessTokenIssuer issuer = new JwtAccessTokenIssuer(keys.privateKey(), Duration.ofMinutes(15), at(NOW));

        assertThat(issuer.issue("1", null, Set.of(), "session-1").accessToken()).isNotEqualTo(issuer.issue("1", null, Set.of(), "session-1").accessToken());
    }

    @Test
    void pemIsAcceptedWithoutHeadersOrLineBreaksAndWithEscapedLineBreaks() throws IOException {
        String privatePem = pem("test-private.pem");
        String publicPem = pem("test-public.pem");
        String bare = privatePem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        String escaped = publicPem.replace("\n", "\\n");

        JwtKeys keys = configured(bare, escaped);

        assertThat(keys.privateKey().getEncoded()).isEqualTo(configured(privatePem, publicPem).privateKey().getEncoded());
        assertThat(keys.publicKey().getEncoded()).isEqualTo(configured(privatePem, publicPem).publicKey().getEncoded());
    }

    @Test
    void aPrivateKeyWithoutItsPublicKeyIsRefused() throws IOException {
        String privatePem = pem("test-private.pem");

        assertThatThrownBy(() -> configured(privatePem, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JWT_PUBLIC_KEY");
    }

    @Test
    void keysOfDifferentPairsAreRefused() throws Exception {
        String otherPublic = pemOf("PUBLIC KEY", generate("secp256r1").getPublic().getEncoded());
        String privatePem = pem("test-private.pem");

        assertThatThrownBy(() -> configured(privatePem, otherPublic))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not one key pair");
    }

    @Test
    void aKeyOnAnotherCurveIsRefused() throws Exception {
        String p384 = pemOf("PUBLIC KEY", generate("secp384r1").getPublic().getEncoded());

        assertThatThrownBy(() -> configured(null, p384))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("P-256");
    }

    @Test
    void aSec1PrivateKeyIsRefusedWithAHowTo() throws IOException {
        String sec1 = pem("sec1-private.pem");
        String publicPem = pem("test-public.pem");

        assertThatThrownBy(() -> configured(sec1, publicPem))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PKCS#8")
                .hasMessageNotContaining(sec1.substring(40, 60));
    }

    @Test
    void garbageIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> configured(null, "not-base64-SECRETISH"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JWT_PUBLIC_KEY")
                .hasMessageNotContaining("SECRETISH");
    }

    @Test
    void withoutKeysOneEphemeralPairServesTheWholeJvm() {
        JwtKeys first = configured(null, null);
        JwtKeys second = configured(" ", "");

        assertThat(first.canSign()).isTrue();
        assertThat(second.publicKey()).isSameAs(first.publicKey());
    }

    @Test
    void expiryAllowsThirtySecondsOfClockSkew() throws IOException {
        JwtKeys keys = configured(pem("test-private.pem"), pem("test-public.pem"));
        String token = new JwtAccessTokenIssuer(keys.privateKey(), Duration.ofMinutes(1), at(NOW))
                .issue("42", null, Set.of(), "session-1").accessToken();
        Instant expiry = NOW.plus(Duration.ofMinutes(1));

        assertThat(new JwtAccessTokenVerifier(keys.publicKey(), at(expiry.plusSeconds(20))).verify(token).subject())
                .isEqualTo("42");
        assertThatThrownBy(() -> new JwtAccessTokenVerifier(keys.publicKey(), at(expiry.plusSeconds(31))).verify(token))
                .isInstanceOf(CredentialsExpiredException.class);
    }

    @Test
    void aRememberedTokenStillExpiresAndOnlyTheExactTokenIsRemembered() throws IOException {
        JwtKeys keys = configured(pem("test-private.pem"), pem("test-public.pem"));
        String token = new JwtAccessTokenIssuer(keys.privateKey(), Duration.ofMinutes(1), at(NOW))
                .issue("42", null, Set.of("customer"), "session-1").accessToken();
        Instant[] now = {NOW};
        Clock moving = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        JwtAccessTokenVerifier verifier = new JwtAccessTokenVerifier(keys.publicKey(), moving);
        AuthenticatedUser first = verifier.verify(token);
        String tampered = token.substring(0, token.length() - 2)
                + (token.charAt(token.length() - 2) == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);

        assertThat(verifier.verify(token)).isEqualTo(first);
        assertThatThrownBy(() -> verifier.verify(tampered)).isInstanceOf(BadCredentialsException.class);
        now[0] = NOW.plus(Duration.ofMinutes(1)).plusSeconds(30);
        assertThat(verifier.verify(token).subject()).as("within the skew").isEqualTo("42");
        now[0] = NOW.plus(Duration.ofMinutes(1)).plusSeconds(31);
        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(CredentialsExpiredException.class);
        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(CredentialsExpiredException.class);
    }

    @Test
    void tokensOfAnotherIssuerOrUnsignedAreInvalid() throws IOException {
        JwtKeys keys = configured(pem("test-private.pem"), pem("test-public.pem"));
        JwtAccessTokenVerifier verifier = new JwtAccessTokenVerifier(keys.publicKey(), at(NOW));
        String otherIssuer = Jwts.builder().issuer("someone-else").subject("42")
                .expiration(Date.from(NOW.plusSeconds(60)))
                .signWith(keys.privateKey(), Jwts.SIG.ES256).compact();
        String unsigned = Jwts.builder().issuer("skincare-shop").subject("42").claim("sid", "session-1")
                .expiration(Date.from(NOW.plusSeconds(60))).compact();

        assertThatThrownBy(() -> verifier.verify(otherIssuer)).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> verifier.verify(unsigned)).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> verifier.verify("")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aTokenMustNameAUserIdAndASession() throws IOException {
        JwtKeys keys = configured(pem("test-private.pem"), pem("test-public.pem"));
        JwtAccessTokenVerifier verifier = new JwtAccessTokenVerifier(keys.publicKey(), at(NOW));
        String noSession = Jwts.builder().issuer("skincare-shop").subject("42")
                .expiration(Date.from(NOW.plusSeconds(60))).signWith(keys.privateKey(), Jwts.SIG.ES256).compact();
        String notAUserId = Jwts.builder().issuer("skincare-shop").subject("admin@example.com").claim("sid", "s")
                .expiration(Date.from(NOW.plusSeconds(60))).signWith(keys.privateKey(), Jwts.SIG.ES256).compact();
        String sessionNotText = Jwts.builder().issuer("skincare-shop").subject("42").claim("sid", 17)
                .expiration(Date.from(NOW.plusSeconds(60))).signWith(keys.privateKey(), Jwts.SIG.ES256).compact();

        assertThatThrownBy(() -> verifier.verify(noSession)).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> verifier.verify(notAUserId)).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> verifier.verify(sessionNotText)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aSessionLivesAtLeastAsLongAsItsAccessTokens() {
        assertThat(new JwtProperties(null, null, Duration.ofHours(24), null).refreshExpiresIn()).isEqualTo(Duration.ofDays(7));
        assertThatThrownBy(() -> new JwtProperties(null, null, Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("REFRESH_TOKEN_EXPIRES_IN");
    }

    @Test
    void lifetimeAcceptsUnitsIsoAndBareSeconds() {
        assertThat(bindExpiresIn("24h")).isEqualTo(Duration.ofHours(24));
        assertThat(bindExpiresIn("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(bindExpiresIn("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(bindExpiresIn("3600s")).isEqualTo(Duration.ofHours(1));
        assertThat(bindExpiresIn("PT2H")).isEqualTo(Duration.ofHours(2));
        assertThat(bindExpiresIn("3600")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void withOnlyThePublicKeyThereIsAVerifierButNoIssuer() throws IOException {
        String publicPem = pem("test-public.pem");
        runner.withPropertyValues("shop.jwt.public-key=" + publicPem).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(AccessTokenVerifier.class);
            assertThat(context).doesNotHaveBean(AccessTokenIssuer.class);
        });
    }

    @Test
    void withBothKeysOrNoneThereIsAnIssuer() throws IOException {
        String privatePem = pem("test-private.pem");
        String publicPem = pem("test-public.pem");
        runner.withPropertyValues("shop.jwt.private-key=" + privatePem, "shop.jwt.public-key=" + publicPem,
                "shop.jwt.expires-in=15m").run(context -> {
            assertThat(context).hasSingleBean(AccessTokenIssuer.class);
            assertThat(context.getBean(AccessTokenIssuer.class).issue("1", null, Set.of(), "session-1").expiresIn()).isEqualTo(900);
        });
        runner.run(context -> {
            assertThat(context).hasSingleBean(AccessTokenIssuer.class);
            assertThat(context.getBean(AccessTokenIssuer.class).issue("1", null, Set.of(), "session-1").expiresIn())
                    .isEqualTo(Duration.ofHours(24).toSeconds());
        });
    }

    @Test
    void withOnlyThePrivateKeyTheContextFailsToStart() throws IOException {
        String privatePem = pem("test-private.pem");
        runner.withPropertyValues("shop.jwt.private-key=" + privatePem).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("JWT_PUBLIC_KEY");
        });
    }

    private static Duration bindExpiresIn(String value) {
        return new Binder(new MapConfigurationPropertySource(Map.of("shop.jwt.expires-in", value)))
                .bind("shop.jwt", JwtProperties.class).get().expiresIn();
    }

    private static KeyPair generate(String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }

    private static String pemOf(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
