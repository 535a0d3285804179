package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static com.skincare.shop.launcher.CatalogRequests.product;
import static com.skincare.shop.launcher.CatalogRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

/** The event store on PostgreSQL: its own schema, bytea everywhere, JSON payloads, one owner per sku. */
class EventStoreIT extends ShopIT {

    @Autowired
    ApplicationContext context;

    @Test
    void eventsGoToPostgresNotToAxonServerAndNothingCallsHome() {
        assertThat(context.getBean(EventStore.class)).isInstanceOf(EmbeddedEventStore.class);
        assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(context.getBeanNamesForType(AxonServerConnectionManager.class)).isEmpty();
        assertThat(context.getEnvironment().getProperty("axon.update-check.disabled", Boolean.class)).isTrue();
    }

    @Test
    void axonStoresLiveInTheirOwnSchemaWithByteaAndNoLargeObjects() {
        List<String> serialized = jdbc.queryForList("""
                SELECT table_name || '.' || column_name || ':' || data_type FROM information_schema.columns
                WHERE table_schema = 'axon' AND column_name IN
                      ('payload', 'metadata', 'token', 'serializedsaga', 'diagnostics')
                ORDER BY 1""", String.class);
        assertThat(serialized).hasSize(10).allMatch(c -> c.endsWith(":bytea"));
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM information_schema.columns
                WHERE table_schema IN ('axon', 'command', 'public') AND udt_name = 'oid'""", Long.class)).isZero();
        assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE '%entry'",
                Long.class)).as("no Axon table among the read tables").isZero();
    }

    @Test
    void globalIndexIsAPlainSequenceThatStepsByOne() {
        Map<String, Object> sequence = jdbc.queryForMap(
                "SELECT increment_by, cache_size FROM pg_sequences WHERE schemaname = 'axon' "
                        + "AND sequencename = 'domain_event_entry_globalindex_seq'");
        assertThat(((Number) sequence.get("increment_by")).longValue()).isEqualTo(1);
        assertThat(((Number) sequence.get("cache_size")).longValue()).isEqualTo(1);
    }

    @Test
    void eventsAreStoredAsJsonWithTheirTypedIds() throws Exception {
        long id = admin().post("/api/v1/admin/products", product(unique())).data().path("id").asLong();
        Map<String, Object> row = jdbc.queryForMap("SELECT payloadType, payload FROM axon.domain_event_entry "
                + "WHERE aggregateIdentifier = ? AND sequenceNumber = 0", "product-" + id);
        assertThat(row.get("payloadtype")).isEqualTo("com.skincare.shop.api.catalog.ProductCreatedEvent");
        JsonNode payload = new ObjectMapper().readTree(new String((byte[]) row.get("payload"), StandardCharsets.UTF_8));
        assertThat(payload.path("productId").asLong()).isEqualTo(id);
        assertThat(payload.path("details").path("nameKh").asText()).startsWith("ទឹកអង្ករ");
    }

    @Test
    void concurrentCreatesWithOneSkuStoreExactlyOneProduct() throws Exception {
        String sku = "IT-RACE-" + unique();
        Http admin = admin();
        List<Callable<Integer>> attempts = IntStream.range(0, 6)
                .mapToObj(i -> (Callable<Integer>) () -> admin.post("/api/v1/admin/products",
                        with(product(unique()), "sku", sku)).status())
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Integer> statuses = pool.invokeAll(attempts).stream().map(EventStoreIT::join).toList();
            assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM axon.domain_event_entry WHERE payloadType LIKE "
                + "'%ProductCreatedEvent' AND convert_from(payload, 'UTF8') LIKE ?", Long.class, "%\"" + sku + "\"%"))
                .isEqualTo(1);
    }

    private static Integer join(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
