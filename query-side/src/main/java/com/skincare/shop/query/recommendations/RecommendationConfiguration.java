package com.skincare.shop.query.recommendations;

import com.skincare.shop.projections.ReadSchemaMigration;
import com.skincare.shop.projections.SqlProjectionsAutoConfiguration;
import com.skincare.shop.projections.analytics.AnalyticsProjectionsAutoConfiguration.AnalyticsTokens;
import com.skincare.shop.projections.analytics.AnalyticsStore;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The recommendations' beans. Their documents live in the analytics store beside the analytics collections (the
 * launcher's in-process server unless {@code MONGO_URI}; {@code MONGO_URI} on the deployed query side), and the
 * expiry's token beside them in the analytics processors' Mongo token store.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class RecommendationConfiguration {

    @Bean
    RecommendationStore recommendationStore(AnalyticsStore analytics) {
        return new RecommendationStore(analytics.database());
    }

    @Bean
    RecommendationEngine recommendationEngine(ReadSchemaMigration migrated, NamedParameterJdbcTemplate jdbc) {
        return new RecommendationEngine(jdbc);
    }

    @Bean
    RecommendationQueryHandler recommendationQueryHandler(RecommendationEngine engine, RecommendationStore store,
                                                          ObjectProvider<Clock> clock,
                                                          @Value("${shop.recommendations.ttl:24h}") Duration ttl) {
        return new RecommendationQueryHandler(engine, store, clock.getIfAvailable(Clock::systemUTC), ttl);
    }

    @Bean
    RecommendationExpiry recommendationExpiry(ReadSchemaMigration migrated, NamedParameterJdbcTemplate jdbc,
                                              RecommendationStore store, ObjectProvider<Clock> clock) {
        return new RecommendationExpiry(jdbc, store, clock.getIfAvailable(Clock::systemUTC));
    }

    /**
     * One segment from the head of the stream: only changes after the first start matter, since a document
     * older than that expires by its own date. A failing batch (the read model not caught up) is retried. No
     * transaction: its writes are Mongo's, and expiring twice is expiring once.
     */
    @Bean
    ConfigurerModule recommendationExpiryProcessor(AnalyticsTokens tokens) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(RecommendationExpiry.GROUP, Configuration::eventStore,
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialSegmentsCount(1)
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken)
                                .andTokenClaimInterval(SqlProjectionsAutoConfiguration.TOKEN_CLAIM_INTERVAL.toMillis(),
                                        TimeUnit.MILLISECONDS))
                .registerTokenStore(RecommendationExpiry.GROUP,
                        configuration -> tokens.tokenStore(configuration.serializer()))
                .registerTransactionManager(RecommendationExpiry.GROUP, configuration -> NoTransactionManager.INSTANCE)
                .registerListenerInvocationErrorHandler(RecommendationExpiry.GROUP,
                        configuration -> PropagatingErrorHandler.instance()));
    }
}
