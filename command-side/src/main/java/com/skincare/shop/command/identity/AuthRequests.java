package com.skincare.shop.command.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The small bodies of the auth endpoints; none of their {@code toString}s shows a secret. */
final class AuthRequests {

    private AuthRequests() {
    }

    /** {@code POST /auth/refresh}. */
    record Refresh(@NotBlank @Size(max = 200) String refreshToken) {

        @Override
        public String toString() {
            return "Refresh[]";
        }
    }

    /** {@code POST /auth/verify-email}: the token from the mail. */
    record Token(@NotBlank @Size(max = 200) String token) {

        @Override
        public String toString() {
            return "Token[]";
        }
    }

    /** {@code POST /auth/forgot-password} and {@code /auth/resend-verification}. */
    record Email(@NotBlank @Size(max = 255) String email) {
    }

    /** {@code POST /auth/reset-password}: the token from the mail and the new password. */
    record ResetPassword(@NotBlank @Size(max = 200) String token, @NotBlank String password) {

        @Override
        public String toString() {
            return "ResetPassword[]";
        }
    }

    /** {@code POST /auth/change-password}. */
    record ChangePassword(@NotBlank String currentPassword, @NotBlank String newPassword) {

        @Override
        public String toString() {
            return "ChangePassword[]";
        }
    }

    /** {@code POST /admin/customers/{id}/suspend}; the body and its reason are optional. */
    record Suspend(@Size(max = 500) String reason) {
    }
}
