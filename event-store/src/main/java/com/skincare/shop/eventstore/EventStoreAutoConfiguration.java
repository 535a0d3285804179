package com.skincare.shop.eventstore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Axon's event store and its own stores (tokens, sagas, dead letters, snapshots) on PostgreSQL through JDBC, in
 * the {@value #SCHEMA} schema, apart from the documented read tables.
 * <p>
 * JDBC rather than JPA: with Hibernate 6 Axon's {@code @Lob} columns become {@code oid} large objects and the
 * global index a pooled sequence (allocation size 50), both known PostgreSQL pitfalls; the JDBC engines write
 * {@code bytea} and use a plain {@code bigserial}, and the tables are ours, created by Flyway.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class,
        before = {JdbcAutoConfiguration.class, AxonAutoConfiguration.class})
public class EventStoreAutoConfiguration {

    public static final String SCHEMA = "axon";

    @Bean
    public AxonSchemaMigration axonSchemaMigration(DataSource dataSource) {
        SchemaMigration.migrate(dataSource, SCHEMA, "classpath:db/axon");
        return new AxonSchemaMigration(SCHEMA);
    }

    @Bean
    public EventSchema eventSchema(AxonSchemaMigration migrated) {
        return EventSchema.builder()
                .eventTable(migrated.qualify("domain_event_entry"))
                .snapshotTable(migrated.qualify("snapshot_event_entry"))
                .build();
    }

    @Bean
    public TokenSchema tokenSchema(AxonSchemaMigration migrated) {
        return TokenSchema.builder().setTokenTable(migrated.qualify("token_entry")).build();
    }

    @Bean
    public SagaSqlSchema sagaSqlSchema(AxonSchemaMigration migrated) {
        return new PostgresSagaSqlSchema(
                new SagaSchema(migrated.qualify("saga_entry"), migrated.qualify("association_value_entry")));
    }

    @Bean
    public DeadLetterSchema deadLetterSchema(AxonSchemaMigration migrated) {
        return DeadLetterSchema.builder().deadLetterTable(migrated.qualify("dead_letter_entry")).build();
    }

    /**
     * Axon's own {@code JdbcSQLErrorCodesResolver} only recognises {@code SQLIntegrityConstraintViolationException},
     * which the PostgreSQL driver never throws; without this, two nodes appending to one aggregate at once would
     * surface as a storage failure instead of a {@code ConcurrencyException} that the caller can retry.
     */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresUniqueViolationResolver();
    }

    @Bean
    @Primary
    public Serializer serializer(RevisionResolver revisionResolver) {
        return jackson(revisionResolver);
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(RevisionResolver revisionResolver) {
        return jackson(revisionResolver);
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(RevisionResolver revisionResolver) {
        return jackson(revisionResolver);
    }

    /**
     * Declared here rather than left to Axon's JDBC auto-configuration, which steps back as soon as an event bus
     * bean exists, as the one below does. It reads {@code shop.event-store.batch-size} events per query (Axon's
     * default is 100): a processor far behind the head, as in a replay, makes a tenth of the queries, and a
     * processor at the head still gets what there is at once.
     */
    @Bean
    public EventStorageEngine eventStorageEngine(@Value("${shop.event-store.batch-size:1000}") int batchSize,
                                                 Serializer serializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 EventSchema eventSchema) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .batchSize(batchSize)
                .build();
    }

    /**
     * The embedded store wakes at once for events appended in this process; events appended by another node
     * are found by polling, so the poll interval bounds how stale a query node can be.
     */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
                                         @Value("${shop.event-store.fetch-delay:200ms}") Duration fetchDelay) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis())
                .timeUnit(TimeUnit.MILLISECONDS)
                .build();
    }

    /**
     * Events are stored forever, so their JSON has its own mapper, not the web layer's (snake_case, strict): a
     * change to the API must never change stored events. Unknown properties are ignored so an older reader
     * survives a newer event. It is deliberately not a bean: an ObjectMapper bean would replace Spring Boot's.
     */
    static ObjectMapper eventObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static Serializer jackson(RevisionResolver revisionResolver) {
        return JacksonSerializer.builder()
                .revisionResolver(revisionResolver)
                .objectMapper(eventObjectMapper())
                .lenientDeserialization()
                .build();
    }
}
