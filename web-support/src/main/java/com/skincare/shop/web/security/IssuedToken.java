package com.skincare.shop.web.security;

/** An access token as the login endpoints answer it; {@code expiresIn} is in seconds. */
public record IssuedToken(String accessToken, String tokenType, long expiresIn) {
}
