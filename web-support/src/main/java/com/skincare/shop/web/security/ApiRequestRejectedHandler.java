package com.skincare.shop.web.security;

import com.skincare.shop.web.errors.ApiProblem;
import com.skincare.shop.web.errors.ErrorCode;
import com.skincare.shop.web.errors.ProblemResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.io.IOException;

/**
 * 400 {@code BAD_REQUEST} in the envelope for a request Spring Security's firewall refuses (a {@code ;} or
 * {@code //} in the path, an unknown HTTP method). Written directly: an error dispatch of such a request would be
 * refused by the firewall again and end with an empty body.
 */
public final class ApiRequestRejectedHandler implements RequestRejectedHandler {

    private final ProblemResponseWriter writer;

    public ApiRequestRejectedHandler(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException exception)
            throws IOException {
        writer.write(response, ApiProblem.of(ErrorCode.BAD_REQUEST));
    }
}
