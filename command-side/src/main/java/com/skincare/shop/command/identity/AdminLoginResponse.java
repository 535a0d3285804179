package com.skincare.shop.command.identity;

/** What a successful admin login answers: the access token and who it is for. */
public record AdminLoginResponse(String accessToken, String tokenType, long expiresIn, AdminUser user) {

    /** The admin as the login answer shows them. */
    public record AdminUser(String email, String role) {
    }
}
