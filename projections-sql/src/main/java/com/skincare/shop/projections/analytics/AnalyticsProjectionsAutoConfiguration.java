package com.skincare.shop.projections.analytics;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.skincare.shop.projections.Projection;
import com.skincare.shop.projections.SqlProjectionsAutoConfiguration;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The Mongo analytics for any app that runs the projections: the analytics database ({@code MONGO_URI},
 * {@code MONGO_DATABASE}), its projectors, and their processors, whose tokens axon-mongo's
 * {@link MongoTokenStore} keeps in that database. The token store is given to these processing groups only,
 * by name: every other processor, saga and store stays on PostgreSQL. (axon-mongo's Spring Boot starter, which
 * would make Mongo the store of everything and needs Mongo transactions, is not on the class path.)
 * <p>
 * A later analytics projection (recommendations, say) joins with a projector bean, a {@link Projection} and
 * {@link #analyticsProcessor(String, AnalyticsTokens)} for its group.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class,
        beforeName = "org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration")
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(name = "shop.analytics.enabled", havingValue = "true", matchIfMissing = true)
public class AnalyticsProjectionsAutoConfiguration {

    /** The deployed client; the launcher declares its own (an in-process server unless {@code MONGO_URI}). */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public MongoClient analyticsMongoClient(@Value("${MONGO_URI:mongodb://localhost:27017}") String uri) {
        return MongoClients.create(uri);
    }

    @Bean
    @ConditionalOnMissingBean
    public AnalyticsStore analyticsStore(MongoClient client,
                                         @Value("${MONGO_DATABASE:skincare_analytics}") String database) {
        return new AnalyticsStore(client.getDatabase(database));
    }

    /**
     * The claims on the analytics tokens expire as the PostgreSQL token store's do (Axon's
     * {@code axon.eventhandling.tokenstore.claim-timeout}), so a dead node's analytics are taken over as soon as
     * its projections.
     */
    @Bean
    public AnalyticsTokens analyticsTokens(AnalyticsStore store,
                                           @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}")
                                           Duration claimTimeout) {
        return new AnalyticsTokens(store, claimTimeout);
    }

    @Bean
    public ConfigurerModule userAnalyticsProcessor(AnalyticsTokens tokens) {
        return analyticsProcessor(AnalyticsProcessing.USER_ANALYTICS, tokens);
    }

    @Bean
    public ConfigurerModule searchAnalyticsProcessor(AnalyticsTokens tokens) {
        return analyticsProcessor(AnalyticsProcessing.SEARCH_ANALYTICS, tokens);
    }

    @Bean
    public ConfigurerModule performanceMetricsProcessor(AnalyticsTokens tokens) {
        return analyticsProcessor(AnalyticsProcessing.PERFORMANCE_METRICS, tokens);
    }

    @Bean
    public Projection userAnalyticsProjection() {
        return new Projection(AnalyticsProcessing.USER_ANALYTICS);
    }

    @Bean
    public Projection searchAnalyticsProjection() {
        return new Projection(AnalyticsProcessing.SEARCH_ANALYTICS);
    }

    @Bean
    public Projection performanceMetricsProjection() {
        return new Projection(AnalyticsProcessing.PERFORMANCE_METRICS);
    }

    @Bean
    @ConditionalOnMissingBean
    public PerformanceMetricsProjector performanceMetricsProjector(AnalyticsStore store) {
        return new PerformanceMetricsProjector(store);
    }

    @Bean
    @ConditionalOnMissingBean
    public UserAnalyticsProjector userAnalyticsProjector(AnalyticsStore store) {
        return new UserAnalyticsProjector(store);
    }

    @Bean
    @ConditionalOnMissingBean
    public SearchAnalyticsProjector searchAnalyticsProjector(AnalyticsStore store) {
        return new SearchAnalyticsProjector(store);
    }

    /**
     * An analytics group's processor: one segment, so a session's events arrive in order; tokens in Mongo;
     * no transaction, since Mongo writes take none here (the in-process server has none), which is why every
     * write is idempotent by event id: a batch that fails after some writes is delivered again. A failing handler
     * fails its batch, which is tried again after a pause, as the SQL projections do.
     */
    public static ConfigurerModule analyticsProcessor(String group, AnalyticsTokens tokens) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(group, Configuration::eventStore,
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialSegmentsCount(1)
                                .andBatchSize(100)
                                .andTokenClaimInterval(SqlProjectionsAutoConfiguration.TOKEN_CLAIM_INTERVAL.toMillis(),
                                        TimeUnit.MILLISECONDS))
                .registerTokenStore(group, configuration -> tokens.tokenStore(configuration.serializer()))
                .registerTransactionManager(group, configuration -> NoTransactionManager.INSTANCE)
                .registerListenerInvocationErrorHandler(group, configuration -> PropagatingErrorHandler.instance()));
    }

    /**
     * The analytics processors' one {@link MongoTokenStore}. Deliberately not a {@link TokenStore} bean: Axon's
     * auto-configuration would take a bean of that type as the token store of every processor.
     */
    public static final class AnalyticsTokens {

        private final AnalyticsStore store;
        private final Duration claimTimeout;
        private TokenStore tokenStore;

        AnalyticsTokens(AnalyticsStore store, Duration claimTimeout) {
            this.store = store;
            this.claimTimeout = claimTimeout;
        }

        public synchronized TokenStore tokenStore(Serializer serializer) {
            if (tokenStore == null) {
                tokenStore = MongoTokenStore.builder()
                        .mongoTemplate(DefaultMongoTemplate.builder()
                                .mongoDatabase(store.database())
                                .trackingTokensCollectionName(AnalyticsStore.TOKENS)
                                .build())
                        .serializer(serializer)
                        .claimTimeout(claimTimeout)
                        .build();
            }
            return tokenStore;
        }
    }
}
