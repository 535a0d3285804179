package com.skincare.shop.command.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.security.IssuedToken;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdminLoginControllerTest {

    private static final ObjectMapper WEB_JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private final List<String> issuedFor = new ArrayList<>();
    private final AdminLoginController controller = new AdminLoginController(
            new AdminCredentials("admin@skincare.local", "s3cret-Passw0rd"),
            (subject, email, roles) -> {
                issuedFor.add(subject + " " + email + " " + roles);
                return new IssuedToken("header.payload.signature", "Bearer", 86400);
            });

    @Test
    void answersATokenForTheAdmin() throws Exception {
        ApiResponse<AdminLoginResponse> answer =
                controller.login(new LoginRequest("admin@skincare.local", "s3cret-Passw0rd"));

        assertThat(issuedFor).containsExactly("admin@skincare.local admin@skincare.local " + Set.of("admin"));
        assertThat(WEB_JSON.readTree(WEB_JSON.writeValueAsString(answer))).isEqualTo(WEB_JSON.readTree("""
                {"success": true, "message": "Login successful",
                 "data": {"access_token": "header.payload.signature", "token_type": "Bearer", "expires_in": 86400,
                          "user": {"email": "admin@skincare.local", "role": "admin"}}}
                """));
    }

    @Test
    void refusesWrongCredentialsWithoutIssuingAToken() {
        assertThatThrownBy(() -> controller.login(new LoginRequest("admin@skincare.local", "guess")))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> controller.login(new LoginRequest("root@skincare.local", "s3cret-Passw0rd")))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThat(issuedFor).isEmpty();
    }

    @Test
    void aRefusalIsTheDocumentedEnvelope() throws Exception {
        ApiResponse<Void> answer = new InvalidCredentialsAdvice().invalidCredentials(new InvalidCredentialsException());

        assertThat(WEB_JSON.readTree(WEB_JSON.writeValueAsString(answer))).isEqualTo(WEB_JSON.readTree("""
                {"success": false, "message": "Invalid email or password", "error": {"code": "INVALID_CREDENTIALS"}}
                """));
    }
}
