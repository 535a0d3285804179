package com.skincare.shop.web.testapp;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A minimal application depending on web-support. It scans only its own package: everything of the module
 * must arrive through auto-configuration, as it does in the real applications.
 */
@SpringBootApplication
public class TestApplication {

    /** Lets a test take the application down to see /health answer 503. */
    public static final AtomicBoolean DOWN = new AtomicBoolean();

    @Bean
    HealthIndicator switchableHealthIndicator() {
        return () -> DOWN.get() ? Health.down().withDetail("secret", "s3cr3t").build() : Health.up().build();
    }
}
