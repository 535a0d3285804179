package com.skincare.shop.web.security;

import com.skincare.shop.web.errors.ApiProblem;
import com.skincare.shop.web.errors.ErrorCode;
import com.skincare.shop.web.errors.ProblemLog;
import com.skincare.shop.web.errors.ProblemResponseWriter;
import com.skincare.shop.web.errors.ServiceUnavailableException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Authenticates a request by its {@code Authorization: Bearer} token. A request without one passes on as
 * anonymous; a request with one that does not verify is answered 401 at once, also on public paths: a client
 * sending a bad token has a bug it should learn about, not a silently anonymous answer.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer";

    private final AuthenticationProvider provider;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextRepository contextRepository;
    private final ProblemResponseWriter writer;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    /**
     * @param contextRepository where the authentication is kept for the request's later dispatches (async, error),
     *                          which this filter does not see again
     */
    BearerTokenFilter(AuthenticationProvider provider, AuthenticationEntryPoint entryPoint,
                      SecurityContextRepository contextRepository, ProblemResponseWriter writer) {
        this.provider = provider;
        this.entryPoint = entryPoint;
        this.contextRepository = contextRepository;
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || (header.length() > BEARER.length() && !Character.isWhitespace(header.charAt(BEARER.length())))) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(BEARER.length()).trim();
        try {
            Authentication authentication = provider.authenticate(AccessTokenAuthentication.unverified(token));
            SecurityContext context = holder.createEmptyContext();
            context.setAuthentication(authentication);
            holder.setContext(context);
            contextRepository.saveContext(context, request, response);
        } catch (AuthenticationException e) {
            holder.clearContext();
            entryPoint.commence(request, response, e);
            return;
        } catch (ServiceUnavailableException e) {
            // The session store does not answer: the token can be neither trusted nor refused.
            holder.clearContext();
            ProblemLog.record(ApiProblem.of(ErrorCode.SERVICE_UNAVAILABLE), e, request);
            writer.write(response, ApiProblem.of(ErrorCode.SERVICE_UNAVAILABLE));
            return;
        }
        chain.doFilter(request, response);
    }
}
