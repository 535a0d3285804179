package com.skincare.shop.web.testapp;

import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.security.AccessTokenIssuer;
import com.skincare.shop.web.security.AuthenticatedUser;
import com.skincare.shop.web.security.IssuedToken;
import com.skincare.shop.web.sessions.Session;
import com.skincare.shop.web.sessions.SessionStore;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

/** Stand-ins for the admin endpoints, to check the path rules. */
@RestController
class AdminTestController {

    private final AccessTokenIssuer issuer;
    private final SessionStore sessions;

    AdminTestController(AccessTokenIssuer issuer, SessionStore sessions) {
        this.issuer = issuer;
        this.sessions = sessions;
    }

    record LoginRequest(String email, String password) {
    }

    @PostMapping("/api/v1/admin/login")
    ApiResponse<IssuedToken> login(@RequestBody LoginRequest login) {
        String sessionId = UUID.randomUUID().toString();
        sessions.open(new Session(sessionId, "1", login.email(), "admin", Instant.now()), "refresh-" + sessionId,
                Duration.ofHours(1));
        return ApiResponse.ok("logged in", issuer.issue("1", login.email(), Set.of("ADMIN"), sessionId));
    }

    /** Answered on an async dispatch, which the bearer filter does not see again (like the SSE event feed). */
    @GetMapping("/api/v1/admin/async")
    Callable<ApiResponse<String>> async(@AuthenticationPrincipal AuthenticatedUser user) {
        return () -> ApiResponse.ok("later", user.subject());
    }

    /** A public API path, for the rate limit. */
    @GetMapping("/api/v1/ping")
    ApiResponse<String> ping() {
        return ApiResponse.ok("pong", null);
    }

    @GetMapping("/api/v1/admin/things")
    ApiResponse<String> things(@AuthenticationPrincipal AuthenticatedUser user) {
        return ApiResponse.ok("things", user.subject());
    }
}
