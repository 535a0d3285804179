package com.skincare.shop.command.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/auth/login} and {@code POST /api/v1/admin/login}. */
public record LoginRequest(@NotBlank @Size(max = 255) String email, @NotBlank @Size(max = 255) String password) {

    @Override
    public String toString() {
        return "LoginRequest[email=" + email + "]";
    }
}
