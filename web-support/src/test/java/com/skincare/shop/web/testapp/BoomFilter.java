package com.skincare.shop.web.testapp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** Fails outside Spring MVC, so the error can only be answered by /error. */
@Component
class BoomFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Test-Filter-Boom";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader(HEADER) != null) {
            throw new IllegalStateException("filter secret detail");
        }
        chain.doFilter(request, response);
    }
}
