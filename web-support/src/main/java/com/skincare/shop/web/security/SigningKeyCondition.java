package com.skincare.shop.web.security;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when this process can sign tokens: a private key is configured, or no key at all (ephemeral pair).
 * A process given only the public key verifies but does not issue.
 */
class SigningKeyCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        JwtProperties properties = Binder.get(context.getEnvironment())
                .bind("shop.jwt", JwtProperties.class)
                .orElseGet(() -> new JwtProperties(null, null, null, null));
        if (properties.hasPrivateKey()) {
            return ConditionOutcome.match("shop.jwt.private-key is set");
        }
        if (!properties.hasPublicKey()) {
            return ConditionOutcome.match("no JWT keys are set: an ephemeral key pair signs");
        }
        return ConditionOutcome.noMatch("only shop.jwt.public-key is set: this process verifies tokens only");
    }
}
