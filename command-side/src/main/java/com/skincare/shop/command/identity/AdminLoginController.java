package com.skincare.shop.command.identity;

import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.security.AccessTokenIssuer;
import com.skincare.shop.web.security.IssuedToken;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

/** {@code POST /api/v1/admin/login}: the admin's email and password for an access token with the admin role. */
@RestController
public class AdminLoginController {

    static final String ADMIN_ROLE = "admin";

    private final AdminCredentials credentials;
    private final AccessTokenIssuer tokens;

    public AdminLoginController(AdminCredentials credentials, AccessTokenIssuer tokens) {
        this.credentials = credentials;
        this.tokens = tokens;
    }

    @PostMapping("/api/v1/admin/login")
    public ApiResponse<AdminLoginResponse> login(@Valid @RequestBody LoginRequest request) {
        if (!credentials.matches(request.email(), request.password())) {
            throw new InvalidCredentialsException();
        }
        IssuedToken token = tokens.issue(credentials.email(), credentials.email(), Set.of(ADMIN_ROLE));
        return ApiResponse.ok("Login successful", new AdminLoginResponse(token.accessToken(), token.tokenType(),
                token.expiresIn(), new AdminLoginResponse.AdminUser(credentials.email(), ADMIN_ROLE)));
    }
}
