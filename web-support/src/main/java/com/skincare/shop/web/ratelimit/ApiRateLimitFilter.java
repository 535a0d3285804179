package com.skincare.shop.web.ratelimit;

import com.skincare.shop.web.errors.ProblemResponseWriter;
import com.skincare.shop.web.errors.ProblemTranslator;
import com.skincare.shop.web.errors.ServiceUnavailableException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The seed's API rate limit: {@code RATE_LIMIT_REQUESTS} per {@code RATE_LIMIT_WINDOW} and client address on
 * {@code /api/**} and {@code /ml/**}, counted under {@code rate_limit:api:{ip}} so every node shares the count.
 * Past the limit: 429 {@code RATE_LIMITED} with {@code Retry-After}. Every answer on those paths tells the
 * client its budget in {@code X-RateLimit-Limit} and {@code X-RateLimit-Remaining}.
 * <p>
 * The address is the request's remote address: behind a gateway, set {@code server.forward-headers-strategy}
 * so it is the client's and not the gateway's; trusting {@code X-Forwarded-For} from anyone would let every
 * client choose its own bucket. When the counter store fails, requests pass (logged at most once a minute): a
 * rate limit must not take the shop down with it.
 */
public final class ApiRateLimitFilter extends OncePerRequestFilter {

    static final String LIMIT_HEADER = "X-RateLimit-Limit";
    static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    private static final Logger log = LoggerFactory.getLogger(ApiRateLimitFilter.class);
    private static final Duration WARNING_INTERVAL = Duration.ofMinutes(1);

    private final Counters counters;
    private final RateLimitProperties limits;
    private final ProblemResponseWriter writer;
    private final AtomicReference<Instant> lastWarning = new AtomicReference<>(Instant.EPOCH);

    public ApiRateLimitFilter(Counters counters, RateLimitProperties limits, ProblemResponseWriter writer) {
        this.counters = counters;
        this.limits = limits;
        this.writer = writer;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !limits.enabled() || !(path.startsWith("/api/") || path.startsWith("/ml/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Counters.Count count;
        try {
            count = counters.increment("rate_limit:api:" + request.getRemoteAddr(), limits.window());
        } catch (ServiceUnavailableException e) {
            warnNowAndThen(e);
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(LIMIT_HEADER, Integer.toString(limits.requests()));
        response.setHeader(REMAINING_HEADER, Long.toString(Math.max(0, limits.requests() - count.value())));
        if (count.value() > limits.requests()) {
            writer.write(response, ProblemTranslator.rateLimited(count.remaining()));
            return;
        }
        chain.doFilter(request, response);
    }

    private void warnNowAndThen(ServiceUnavailableException e) {
        Instant now = Instant.now();
        Instant last = lastWarning.get();
        if (now.isAfter(last.plus(WARNING_INTERVAL)) && lastWarning.compareAndSet(last, now)) {
            log.warn("Rate limit not applied: {} ({})", e.getMessage(), e.getCause() == null ? "" : e.getCause().toString());
        }
    }
}
