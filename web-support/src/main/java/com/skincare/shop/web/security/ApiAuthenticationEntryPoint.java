package com.skincare.shop.web.security;

import com.skincare.shop.web.errors.ApiProblem;
import com.skincare.shop.web.errors.ErrorCode;
import com.skincare.shop.web.errors.ProblemResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;

/**
 * 401 in the envelope: {@code TOKEN_EXPIRED} for an expired token, {@code UNAUTHORIZED} "Invalid token" for any
 * other bad token, {@code UNAUTHORIZED} "Authentication required" when no token was sent. Carries the
 * {@code WWW-Authenticate: Bearer} challenge of RFC 6750.
 */
public final class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemResponseWriter writer;

    public ApiAuthenticationEntryPoint(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        ApiProblem problem;
        String challenge;
        if (exception instanceof CredentialsExpiredException) {
            problem = ApiProblem.of(ErrorCode.TOKEN_EXPIRED);
            challenge = "Bearer error=\"invalid_token\", error_description=\"The token has expired\"";
        } else if (exception instanceof BadCredentialsException) {
            problem = ApiProblem.of(ErrorCode.UNAUTHORIZED, "Invalid token");
            challenge = "Bearer error=\"invalid_token\"";
        } else {
            problem = ApiProblem.of(ErrorCode.UNAUTHORIZED);
            challenge = "Bearer";
        }
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        writer.write(response, problem.withHeaders(headers));
    }
}
