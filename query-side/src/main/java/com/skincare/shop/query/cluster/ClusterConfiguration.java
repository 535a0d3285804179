package com.skincare.shop.query.cluster;

import com.skincare.shop.eventstore.AxonSchemaMigration;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * The query node's part in sharing the projections' segments ({@code shop.cluster.*}). The node is named as Axon
 * names a token's owner ({@code pid@host}), so a heartbeat and the claims of its node read alike.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "shop.cluster.enabled", havingValue = "true", matchIfMissing = true)
public class ClusterConfiguration {

    @Bean
    SegmentBalancer segmentBalancer(JdbcTemplate jdbc, AxonSchemaMigration axonSchema,
                                    EventProcessingConfiguration processing,
                                    @Value("${shop.cluster.heartbeat:1s}") Duration heartbeat,
                                    @Value("${shop.cluster.liveness:3s}") Duration liveness) {
        return new SegmentBalancer(jdbc, axonSchema, processing, ManagementFactory.getRuntimeMXBean().getName(),
                heartbeat, liveness);
    }
}
