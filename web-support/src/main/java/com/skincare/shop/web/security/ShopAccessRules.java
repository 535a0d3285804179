package com.skincare.shop.web.security;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import java.util.List;

/**
 * The shop's access rules, all in one place:
 * <ul>
 *   <li>{@code POST /api/v1/admin/login}: anyone;</li>
 *   <li>{@code /api/v1/admin/**}: role {@code ADMIN};</li>
 *   <li>Actuator: health (and its groups) and prometheus for anyone, every other endpoint role {@code ADMIN};</li>
 *   <li>{@code /health}, the OpenAPI document and Swagger UI: anyone;</li>
 *   <li>everything else: anyone, for now.</li>
 * </ul>
 * Actuator paths are matched by endpoint, so they follow {@code management.endpoints.web.base-path}.
 */
public class ShopAccessRules implements AccessRules {

    public static final String ADMIN_ROLE = "ADMIN";
    public static final String ADMIN_LOGIN = "/api/v1/admin/login";
    public static final String ADMIN_PATHS = "/api/v1/admin/**";
    public static final String PROMETHEUS_ENDPOINT = "prometheus";
    public static final List<String> PUBLIC_PATHS = List.of(
            "/health", "/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**", "/error");

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        requests.requestMatchers(paths.matcher(HttpMethod.POST, ADMIN_LOGIN)).permitAll()
                .requestMatchers(paths.matcher(ADMIN_PATHS)).hasRole(ADMIN_ROLE)
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                .requestMatchers(EndpointRequest.to(PROMETHEUS_ENDPOINT)).permitAll()
                .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(ADMIN_ROLE);
        for (String path : PUBLIC_PATHS) {
            requests.requestMatchers(paths.matcher(path)).permitAll();
        }
        requests.anyRequest().permitAll();
    }
}
