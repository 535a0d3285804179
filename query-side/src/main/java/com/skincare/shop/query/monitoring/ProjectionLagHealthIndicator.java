package com.skincare.shop.query.monitoring;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A query node is ready only when its projections are close to the head: OUT_OF_SERVICE while any projection is
 * more than {@code shop.readiness.max-projection-lag} events behind, so a node still catching up after a start
 * gets no traffic from the gateway. A projection an admin is replaying is left out (see
 * {@link ProjectionLag#lagsOutsideReplays()}). In the readiness group (query-side-defaults.properties), not in
 * liveness: a lagging node is busy, not broken.
 */
public class ProjectionLagHealthIndicator extends AbstractHealthIndicator {

    private final Supplier<Map<String, Long>> lags;
    private final long maxLag;

    public ProjectionLagHealthIndicator(Supplier<Map<String, Long>> lags, long maxLag) {
        super("Projection lag check failed");
        this.lags = lags;
        this.maxLag = maxLag;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, Long> current = lags.get();
        boolean behind = current.values().stream().anyMatch(lag -> lag > maxLag);
        (behind ? builder.outOfService() : builder.up())
                .withDetail("max_lag", maxLag)
                .withDetails(Map.copyOf(current));
    }
}
