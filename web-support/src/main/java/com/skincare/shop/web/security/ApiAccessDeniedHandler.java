package com.skincare.shop.web.security;

import com.skincare.shop.web.errors.ApiProblem;
import com.skincare.shop.web.errors.ErrorCode;
import com.skincare.shop.web.errors.ProblemResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/** 403 {@code FORBIDDEN} in the envelope, for an authenticated caller without the role a path needs. */
public final class ApiAccessDeniedHandler implements AccessDeniedHandler {

    private final ProblemResponseWriter writer;

    public ApiAccessDeniedHandler(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        writer.write(response, ApiProblem.of(ErrorCode.FORBIDDEN));
    }
}
