package com.skincare.shop.web.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;

/** Checks an access token and tells who it belongs to. Every process has one; it needs the public key only. */
public interface AccessTokenVerifier {

    /**
     * @return the token's user
     * @throws CredentialsExpiredException if the token is genuine but expired
     * @throws BadCredentialsException     for any other fault: bad signature, wrong issuer, garbage
     */
    AuthenticatedUser verify(String token);
}
