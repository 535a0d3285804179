package com.skincare.shop.query.recommendations;

import com.mongodb.client.MongoClient;
import com.skincare.shop.projections.ReadSchemaMigration;
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

/**
 * The recommendations' beans. The Mongo client is whichever the app has: the launcher's (in process unless
 * {@code MONGO_URI}), or Spring Boot's from {@code spring.data.mongodb.uri} on the deployed query side.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class RecommendationConfiguration {

    @Bean
    RecommendationStore recommendationStore(MongoClient client,
                                            @Value("${MONGO_DATABASE:skincare_analytics}") String database) {
        return new RecommendationStore(client.getDatabase(database));
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
     * older than that expires by its own date. A failing batch (the read model not caught up) is retried.
     */
    @Bean
    ConfigurerModule recommendationExpiryProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(RecommendationExpiry.GROUP, Configuration::eventStore,
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialSegmentsCount(1)
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken))
                .registerListenerInvocationErrorHandler(RecommendationExpiry.GROUP,
                        configuration -> PropagatingErrorHandler.instance()));
    }
}
