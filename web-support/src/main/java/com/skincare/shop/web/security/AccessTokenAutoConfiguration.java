package com.skincare.shop.web.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

import java.time.Clock;

/**
 * Access tokens: the {@link JwtKeys} from {@code shop.jwt.*}, an {@link AccessTokenVerifier} always, and an
 * {@link AccessTokenIssuer} only where a private key is available (see {@link SigningKeyCondition}). A
 * {@link Clock} bean, if the application has one, is the time tokens are issued and checked against.
 */
@AutoConfiguration
@EnableConfigurationProperties(JwtProperties.class)
public class AccessTokenAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public JwtKeys jwtKeys(JwtProperties properties) {
        return JwtKeys.from(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    public AccessTokenVerifier accessTokenVerifier(JwtKeys keys, ObjectProvider<Clock> clock) {
        return new JwtAccessTokenVerifier(keys.publicKey(), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    @Conditional(SigningKeyCondition.class)
    public AccessTokenIssuer accessTokenIssuer(JwtKeys keys, JwtProperties properties, ObjectProvider<Clock> clock) {
        if (!keys.canSign()) {
            throw new IllegalStateException("The JwtKeys bean has no private key, so no AccessTokenIssuer can exist");
        }
        return new JwtAccessTokenIssuer(keys.privateKey(), properties.expiresIn(), clock.getIfAvailable(Clock::systemUTC));
    }
}
