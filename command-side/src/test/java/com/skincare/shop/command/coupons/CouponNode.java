package com.skincare.shop.command.coupons;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.skincare.shop.api.coupons.CouponId;
import com.skincare.shop.command.CommandDatabase;
import com.skincare.shop.eventstore.PostgresUniqueViolationResolver;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import javax.sql.DataSource;

/**
 * One command-side node for the coupon race tests: an Axon configuration of its own (aggregate lock, command bus,
 * connection pool) with the Coupon aggregate on the scratch database's shared event store, as a process of its own
 * would have it.
 */
record CouponNode(Configuration configuration, SpringTransactionManager transactionManager) {

    static CouponNode start(CommandDatabase database) {
        DataSource dataSource = database.anotherDataSource(6);
        SpringTransactionManager transactions = new SpringTransactionManager(
                new DataSourceTransactionManager(dataSource));
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).lenientDeserialization().build();
        JdbcEventStorageEngine storage = JdbcEventStorageEngine.builder()
                .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                .transactionManager(transactions)
                .persistenceExceptionResolver(new PostgresUniqueViolationResolver())
                .schema(EventSchema.builder().eventTable("axon.domain_event_entry")
                        .snapshotTable("axon.snapshot_event_entry").build())
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
        JdbcCouponLookup lookup = new JdbcCouponLookup(new JdbcTemplate(dataSource), database.schema());
        Configuration node = DefaultConfigurer.defaultConfiguration(false)
                .configureTransactionManager(c -> transactions)
                .configureSerializer(c -> serializer)
                .configureEmbeddedEventStore(c -> storage)
                .configureAggregate(Coupon.class)
                .registerComponent(CouponLookup.class, c -> lookup)
                .start();
        return new CouponNode(node, transactions);
    }

    /** The redemptions in the shared event store, whichever node stored them. */
    static long storedRedemptions(CommandDatabase database, CouponId coupon) {
        return new JdbcTemplate(database.dataSource()).queryForObject("SELECT count(*) FROM axon.domain_event_entry"
                + " WHERE aggregateIdentifier = ? AND payloadType LIKE '%CouponRedeemedEvent'", Long.class,
                coupon.toString());
    }
}
