package com.skincare.shop.query.monitoring;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionLagHealthIndicatorTest {

    @Test
    void upWhileEveryProjectionIsWithinTheLimit() {
        Health health = new ProjectionLagHealthIndicator(() -> Map.of("catalog", 0L, "customers", 1000L), 1000)
                .health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("customers", 1000L).containsEntry("max_lag", 1000L);
    }

    @Test
    void outOfServiceWhenOneProjectionLagsMore() {
        Health health = new ProjectionLagHealthIndicator(() -> Map.of("catalog", 0L, "customers", 1001L), 1000)
                .health();

        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.getDetails()).containsEntry("customers", 1001L);
    }

    @Test
    void upWithNothingToJudge() {
        assertThat(new ProjectionLagHealthIndicator(Map::of, 10).health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void downWhenTheLagCannotBeRead() {
        Health health = new ProjectionLagHealthIndicator(() -> {
            throw new IllegalStateException("no database");
        }, 10).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    }
}
