package com.skincare.shop.query.monitoring;

import com.skincare.shop.projections.Projection;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.util.List;

/** The projections' lag, as meters and as the readiness check of a query node. */
@Configuration(proxyBeanMethods = false)
public class MonitoringConfiguration {

    @Bean
    public ProjectionLag projectionLag(List<Projection> projections, EventStore eventStore,
                                       EventProcessingConfiguration processing, JdbcTemplate jdbc,
                                       Serializer serializer, TokenSchema tokenSchema,
                                       ObjectProvider<MeterRegistry> meters) {
        ProjectionLag lag = new ProjectionLag(projections, eventStore, processing, jdbc, serializer,
                tokenSchema, Clock.systemUTC());
        meters.ifAvailable(lag::bindTo);
        return lag;
    }

    @Bean
    public ProjectionLagHealthIndicator projectionLagHealthIndicator(
            ProjectionLag projectionLag, @Value("${shop.readiness.max-projection-lag:1000}") long maxLag) {
        return new ProjectionLagHealthIndicator(projectionLag::lagsOutsideReplays, maxLag);
    }
}
