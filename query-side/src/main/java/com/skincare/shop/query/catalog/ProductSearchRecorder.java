package com.skincare.shop.query.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.skincare.shop.api.analytics.DeviceInfo;
import com.skincare.shop.api.analytics.SearchFilters;
import com.skincare.shop.api.analytics.ProductSearchedEvent;
import com.skincare.shop.api.catalog.ProductFilter;
import com.skincare.shop.web.security.AuthenticatedUser;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Records the catalog's searches ({@code GET /api/v1/products?search=} and {@code /products/search?q=}) as
 * {@link ProductSearchedEvent}s in the shared event store, for the search analytics. Off the search's path: the
 * answer goes out first and one thread of its own publishes, reading the result count from the answer's bytes
 * (cached answers included). A full queue or a failing event store loses the record, never the search.
 */
@Component
public class ProductSearchRecorder {

    /** A storefront names its visitor session in this header; searches without it have no session. */
    public static final String SESSION_HEADER = "X-Session-Id";
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final int MAX_USER_AGENT = 512;
    private static final Logger LOG = LoggerFactory.getLogger(ProductSearchRecorder.class);

    private final EventGateway events;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService publisher = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(1000), runnable -> {
                Thread thread = new Thread(runnable, "product-search-recorder");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.AbortPolicy());

    public ProductSearchRecorder(EventGateway events, ObjectMapper json) {
        this.events = events;
        this.json = json;
    }

    /** Records the search of {@code filter} if it has one and was answered with a 200. */
    public void record(ProductFilter filter, ResponseEntity<byte[]> answer, HttpServletRequest request) {
        if (filter.search() == null || !answer.getStatusCode().is2xxSuccessful() || answer.getBody() == null) {
            return;
        }
        Instant at = clock.instant();
        Long userId = signedInUser();
        String session = request.getHeader(SESSION_HEADER);
        String sessionId = session != null && SESSION_ID.matcher(session).matches() ? session : null;
        String agent = request.getHeader("User-Agent");
        DeviceInfo device = new DeviceInfo(agent == null ? null : agent.substring(0, Math.min(agent.length(),
                MAX_USER_AGENT)), request.getRemoteAddr(), null, null, null, null);
        SearchFilters filters = new SearchFilters(filter.category(),
                filter.skinType() == null ? null : filter.skinType().code(), filter.minPrice(), filter.maxPrice(),
                List.of());
        byte[] body = answer.getBody();
        try {
            publisher.execute(() -> publish(new ProductSearchedEvent(sessionId, userId, filter.search(), filters,
                    resultsCount(body), device, at)));
        } catch (RejectedExecutionException e) {
            LOG.warn("Search not recorded: the recorder's queue is full");
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        publisher.shutdown();
        publisher.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void publish(ProductSearchedEvent event) {
        try {
            events.publish(event);
        } catch (RuntimeException e) {
            LOG.warn("Search not recorded: {}", e.toString());
        }
    }

    private int resultsCount(byte[] body) {
        try {
            return json.readTree(body).path("data").path("total_items").asInt(0);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static Long signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user
                ? user.userId() : null;
    }
}
