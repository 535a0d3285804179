package com.skincare.shop.web.security;

/** Names and fixed values of the access token's claims, shared by issuer and verifier. */
final class TokenClaims {

    static final String ISSUER = "skincare-shop";
    static final String EMAIL = "email";
    static final String ROLES = "roles";
    static final String SESSION = "sid";
    static final long CLOCK_SKEW_SECONDS = 30;

    private TokenClaims() {
    }
}
