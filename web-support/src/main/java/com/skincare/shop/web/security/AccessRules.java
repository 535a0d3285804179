package com.skincare.shop.web.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call which path. The security filter chain asks the one {@code AccessRules} bean for its request
 * rules; declare a bean of this type to replace {@link ShopAccessRules}. Rules apply in order; the last must
 * cover any request.
 */
@FunctionalInterface
public interface AccessRules {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
