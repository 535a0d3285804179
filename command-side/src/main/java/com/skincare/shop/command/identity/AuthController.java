package com.skincare.shop.command.identity;

import com.skincare.shop.api.identity.RegisterUserCommand;
import com.skincare.shop.api.identity.UpdateProfileCommand;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.security.AuthenticatedUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * The customer's account writes under {@code /api/v1/auth}. {@code GET /api/v1/auth/me} is a read and lives on
 * the query side. Answers that could tell whether an email is registered (forgot password, resend verification)
 * are the same either way.
 */
@RestController
@RequestMapping("/api/v1/auth")
public class AuthController {

    static final String IF_REGISTERED = "If the email is registered, a mail is on its way";

    private final Accounts accounts;
    private final Passwords passwords;
    private final SignIns signIns;
    private final CommandGateway commands;

    public AuthController(Accounts accounts, Passwords passwords, SignIns signIns, CommandGateway commands) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.signIns = signIns;
        this.commands = commands;
    }

    @PostMapping("/register")
    public ResponseEntity<ApiResponse<AccountResponse>> register(@Valid @RequestBody RegisterRequest request) {
        RegisterUserCommand registered = accounts.register(request);
        return ResponseEntity.created(URI.create("/api/v1/auth/me")).body(ApiResponse.ok(
                "Registered; check your mail to verify the email", AccountResponse.registered(registered)));
    }

    @PostMapping("/login")
    public ApiResponse<SignedIn> login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return ApiResponse.ok("Login successful",
                signIns.signIn(request.email(), request.password(), http.getRemoteAddr(), false));
    }

    @PostMapping("/refresh")
    public ApiResponse<SignedIn> refresh(@Valid @RequestBody AuthRequests.Refresh request) {
        return ApiResponse.ok("Token refreshed", signIns.refresh(request.refreshToken()));
    }

    @PostMapping("/logout")
    public ApiResponse<Void> logout(@AuthenticationPrincipal AuthenticatedUser user) {
        signIns.signOut(user.sessionId());
        return ApiResponse.ok("Logged out", null);
    }

    @PostMapping("/verify-email")
    public ApiResponse<Void> verifyEmail(@Valid @RequestBody AuthRequests.Token request) {
        accounts.verifyEmail(request.token());
        return ApiResponse.ok("Email verified", null);
    }

    @PostMapping("/resend-verification")
    public ResponseEntity<ApiResponse<Void>> resendVerification(@Valid @RequestBody AuthRequests.Email request) {
        accounts.resendVerification(request.email());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(ApiResponse.ok(IF_REGISTERED, null));
    }

    @PostMapping("/forgot-password")
    public ResponseEntity<ApiResponse<Void>> forgotPassword(@Valid @RequestBody AuthRequests.Email request) {
        passwords.forgot(request.email());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(ApiResponse.ok(IF_REGISTERED, null));
    }

    @PostMapping("/reset-password")
    public ApiResponse<Void> resetPassword(@Valid @RequestBody AuthRequests.ResetPassword request) {
        passwords.reset(request.token(), request.password());
        return ApiResponse.ok("Password reset; sign in with the new password", null);
    }

    @PostMapping("/change-password")
    public ApiResponse<Void> changePassword(@AuthenticationPrincipal AuthenticatedUser user,
                                            @Valid @RequestBody AuthRequests.ChangePassword request) {
        passwords.change(UserId.of(user.userId()), user.email(), request.currentPassword(), request.newPassword());
        return ApiResponse.ok("Password changed; every session has ended, sign in again", null);
    }

    @PutMapping("/profile")
    public ApiResponse<AccountResponse> updateProfile(@AuthenticationPrincipal AuthenticatedUser user,
                                                      @Valid @RequestBody ProfileRequest request) {
        UpdateProfileCommand command = new UpdateProfileCommand(UserId.of(user.userId()), request.profile());
        commands.sendAndWait(command);
        return ApiResponse.ok("Profile updated", AccountResponse.profile(user.userId(), command.profile(), null));
    }
}
