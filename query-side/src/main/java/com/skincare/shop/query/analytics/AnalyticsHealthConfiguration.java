package com.skincare.shop.query.analytics;

import com.skincare.shop.projections.analytics.AnalyticsStore;
import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The analytics database in Actuator's health ({@code analyticsStore}), and so in {@code GET /health}. */
@Configuration(proxyBeanMethods = false)
public class AnalyticsHealthConfiguration {

    @Bean
    HealthIndicator analyticsStoreHealthIndicator(AnalyticsStore store) {
        return () -> {
            String name = store.database().getName();
            try {
                store.database().runCommand(new Document("ping", 1));
                return Health.up().withDetail("database", name).build();
            } catch (RuntimeException e) {
                return Health.down().withDetail("database", name).build();
            }
        };
    }
}
