package com.skincare.shop.web.security;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import java.util.List;

/**
 * The shop's access rules, all in one place, first match wins:
 * <ul>
 *   <li>{@code POST /api/v1/admin/login}: anyone;</li>
 *   <li>{@code /api/v1/admin/reviews/**}: role {@code ADMIN} or {@code MODERATOR}, who moderates reviews and
 *       nothing else;</li>
 *   <li>{@code /api/v1/admin/events} and {@code /api/v1/admin/events/**}, the event feed: role {@code ADMIN} or
 *       {@code ANALYTICS}, a grant an admin gives an outside consumer's account (not a value of
 *       {@code users.role});</li>
 *   <li>{@code /api/v1/admin/**}: role {@code ADMIN};</li>
 *   <li>{@code POST /api/v1/orders}: role {@code CUSTOMER}; staff accounts do not shop;</li>
 *   <li>the ML service's analytics of the shop as a whole ({@link #ML_ADMIN_PATHS}): role {@code ADMIN};</li>
 *   <li>a signed-in user's own things ({@link #SIGNED_IN_PATHS}): any valid token (a user's insights,
 *       recommendations and skin analysis: the controller lets only that user or an admin see them);</li>
 *   <li>Actuator: health (and its groups) and prometheus for anyone, every other endpoint role {@code ADMIN};</li>
 *   <li>everything else (the catalog and its public reviews, sign-up and sign-in, {@code /health}, the OpenAPI
 *       document, the tracking writes, trending searches, {@code /ml/health}): anyone.</li>
 * </ul>
 * Actuator paths are matched by endpoint, so they follow {@code management.endpoints.web.base-path}.
 */
public class ShopAccessRules implements AccessRules {

    public static final String ADMIN_ROLE = "ADMIN";
    public static final String MODERATOR_ROLE = "MODERATOR";
    public static final String CUSTOMER_ROLE = "CUSTOMER";
    public static final String ANALYTICS_ROLE = "ANALYTICS";
    public static final String PLACE_ORDER = "/api/v1/orders";
    public static final String ADMIN_LOGIN = "/api/v1/admin/login";
    public static final String ADMIN_PATHS = "/api/v1/admin/**";
    public static final String MODERATION_PATHS = "/api/v1/admin/reviews/**";
    public static final List<String> FEED_PATHS = List.of("/api/v1/admin/events", "/api/v1/admin/events/**");
    public static final String PROMETHEUS_ENDPOINT = "prometheus";
    public static final List<String> SIGNED_IN_PATHS = List.of(
            "/api/v1/auth/me", "/api/v1/auth/profile", "/api/v1/auth/logout", "/api/v1/auth/change-password",
            "/api/v1/user/**", "/api/v1/reviews/**", "/api/v1/cart/**", "/api/v1/wishlist/**", "/api/v1/orders/**",
            "/api/v1/coupons/validate", "/api/v1/coupons/available", "/ml/v1/analytics/user/**",
            "/ml/v1/recommendations/user/**", "/ml/v1/skin-analysis/analyze", "/ml/v1/skin-analysis/feedback",
            "/ml/v1/skin-analysis/recommendations/**", "/api/v1/recommendations/skin-analysis");
    public static final List<String> ML_ADMIN_PATHS = List.of(
            "/ml/v1/analytics/search-trends", "/ml/v1/analytics/performance-metrics", "/ml/v1/analytics/product/**",
            "/ml/v1/search/no-results", "/ml/v1/search/click-through", "/ml/metrics");
    public static final List<String> PUBLIC_PATHS = List.of(
            "/health", "/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**", "/error");

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        requests.requestMatchers(paths.matcher(HttpMethod.POST, ADMIN_LOGIN)).permitAll()
                .requestMatchers(paths.matcher(MODERATION_PATHS)).hasAnyRole(ADMIN_ROLE, MODERATOR_ROLE);
        for (String path : FEED_PATHS) {
            requests.requestMatchers(paths.matcher(path)).hasAnyRole(ADMIN_ROLE, ANALYTICS_ROLE);
        }
        requests.requestMatchers(paths.matcher(ADMIN_PATHS)).hasRole(ADMIN_ROLE)
                .requestMatchers(paths.matcher(HttpMethod.POST, PLACE_ORDER)).hasRole(CUSTOMER_ROLE);
        for (String path : ML_ADMIN_PATHS) {
            requests.requestMatchers(paths.matcher(path)).hasRole(ADMIN_ROLE);
        }
        for (String path : SIGNED_IN_PATHS) {
            requests.requestMatchers(paths.matcher(path)).authenticated();
        }
        requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                .requestMatchers(EndpointRequest.to(PROMETHEUS_ENDPOINT)).permitAll()
                .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(ADMIN_ROLE);
        for (String path : PUBLIC_PATHS) {
            requests.requestMatchers(paths.matcher(path)).permitAll();
        }
        requests.anyRequest().permitAll();
    }
}
