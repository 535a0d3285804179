package com.skincare.shop.web.security;

import com.skincare.shop.web.errors.ErrorHandlingAutoConfiguration;
import com.skincare.shop.web.errors.ProblemResponseWriter;
import com.skincare.shop.web.redis.SharedStateAutoConfiguration;
import com.skincare.shop.web.sessions.SessionStore;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The stateless security of the HTTP API: bearer access tokens, no session, no CSRF (no cookies are used), no
 * form or basic login, 401/403 in the envelope, path rules from the {@link AccessRules} bean. Every bean backs
 * off when the application declares its own; ordered before Spring Boot's security configuration so that Boot
 * adds neither its default filter chain nor a default user.
 */
@AutoConfiguration(
        after = {AccessTokenAutoConfiguration.class, ErrorHandlingAutoConfiguration.class,
                SharedStateAutoConfiguration.class},
        before = {SecurityAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class,
                UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ApiSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public AccessRules accessRules() {
        return new ShopAccessRules();
    }

    @Bean
    @ConditionalOnMissingBean
    public AccessTokenAuthenticationProvider accessTokenAuthenticationProvider(AccessTokenVerifier verifier,
                                                                               SessionStore sessions) {
        return new AccessTokenAuthenticationProvider(verifier, sessions);
    }

    @Bean
    @ConditionalOnMissingBean
    public ApiAuthenticationEntryPoint apiAuthenticationEntryPoint(ProblemResponseWriter writer) {
        return new ApiAuthenticationEntryPoint(writer);
    }

    @Bean
    @ConditionalOnMissingBean
    public ApiAccessDeniedHandler apiAccessDeniedHandler(ProblemResponseWriter writer) {
        return new ApiAccessDeniedHandler(writer);
    }

    @Bean
    @ConditionalOnMissingBean
    public RequestRejectedHandler apiRequestRejectedHandler(ProblemResponseWriter writer) {
        return new ApiRequestRejectedHandler(writer);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    public SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, AccessRules rules,
                                                      AccessTokenAuthenticationProvider provider,
                                                      ApiAuthenticationEntryPoint entryPoint,
                                                      ApiAccessDeniedHandler accessDeniedHandler,
                                                      ProblemResponseWriter writer) throws Exception {
        // Request attributes outlive the first dispatch, so async (SSE) and error dispatches stay authenticated.
        RequestAttributeSecurityContextRepository contextRepository = new RequestAttributeSecurityContextRepository();
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(contextRepository))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDeniedHandler))
                .addFilterBefore(new BearerTokenFilter(provider, entryPoint, contextRepository, writer),
                        UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> {
                    // The error page renders whatever went wrong, for whoever got it.
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    rules.configure(requests);
                });
        return http.build();
    }
}
