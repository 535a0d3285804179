package com.skincare.shop.web.testapp;

import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.security.AccessTokenIssuer;
import com.skincare.shop.web.security.AuthenticatedUser;
import com.skincare.shop.web.security.IssuedToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;
import java.util.concurrent.Callable;

/** Stand-ins for the admin endpoints, to check the path rules. */
@RestController
class AdminTestController {

    private final AccessTokenIssuer issuer;

    AdminTestController(AccessTokenIssuer issuer) {
        this.issuer = issuer;
    }

    record LoginRequest(String email, String password) {
    }

    @PostMapping("/api/v1/admin/login")
    ApiResponse<IssuedToken> login(@RequestBody LoginRequest login) {
        return ApiResponse.ok("logged in", issuer.issue("admin-1", login.email(), Set.of("ADMIN")));
    }

    /** Answered on an async dispatch, which the bearer filter does not see again (like the SSE event feed). */
    @GetMapping("/api/v1/admin/async")
    Callable<ApiResponse<String>> async(@AuthenticationPrincipal AuthenticatedUser user) {
        return () -> ApiResponse.ok("later", user.subject());
    }

    @GetMapping("/api/v1/admin/things")
    ApiResponse<String> things(@AuthenticationPrincipal AuthenticatedUser user) {
        return ApiResponse.ok("things", user.subject());
    }
}
