package com.skincare.shop.command.identity;

import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.security.AuthenticatedUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/login}: the sign-in of the back office, for admins only; a customer or moderator
 * with the right password is refused with 403 (moderators sign in at {@code /api/v1/auth/login}).
 * {@code GET /api/v1/admin/me} is a read and lives on the query side.
 */
@RestController
public class AdminLoginController {

    private final SignIns signIns;

    public AdminLoginController(SignIns signIns) {
        this.signIns = signIns;
    }

    @PostMapping("/api/v1/admin/login")
    public ApiResponse<SignedIn> login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return ApiResponse.ok("Login successful",
                signIns.signIn(request.email(), request.password(), http.getRemoteAddr(), true));
    }

    @PostMapping("/api/v1/admin/logout")
    public ApiResponse<Void> logout(@AuthenticationPrincipal AuthenticatedUser admin) {
        signIns.signOut(admin.sessionId());
        return ApiResponse.ok("Logged out", null);
    }
}
