package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.skincare.shop.projections.SqlProjection;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.skincare.shop.launcher.CatalogRequests.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A SQL projection's replay builds a copy of its tables beside the live ones and switches over in one
 * transaction: the rebuilt tables are those a replay from the first event gives (a row tampered with in the
 * live table comes back as the events say), readers meanwhile see the whole old table and then the whole new
 * one, the status shows the rebuild's progress, a second replay is refused, and what an interrupted replay left
 * behind is cleared by the next.
 */
class BlueGreenReplayIT extends ShopIT {

    private static final Duration REPLAY_TIMEOUT = Duration.ofSeconds(60);

    @Autowired
    List<SqlProjection> sqlProjections;

    @Autowired
    DataSource dataSource;

    @Test
    void everyReadTableBelongsToExactlyOneSqlProjection() {
        List<String> declared = sqlProjections.stream().flatMap(p -> p.tables().stream()).toList();
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
                + " AND table_name <> 'flyway_schema_history'", String.class);

        assertThat(new HashSet<>(declared)).as("no table written by two projections").hasSize(declared.size());
        assertThat(declared).containsExactlyInAnyOrderElementsOf(tables);
    }

    @Test
    void aReplayOfTheCouponsRestoresEveryRowFromTheEvents() {
        String code = "BLUE-" + unique();
        long id = admin().post("/api/v1/admin/coupons", Map.of("code", code, "name", "Blue green", "type", "fixed",
                "value", 3)).data().path("id").asLong();
        assertThat(admin().put("/api/v1/admin/coupons/" + id, Map.of("code", code, "name", "Blue green, renamed",
                "type", "percentage", "value", 10)).status()).isEqualTo(200);
        caughtUp("coupons");
        List<String> tables = tablesOf("coupons");
        Map<String, String> before = ReadTableChecksums.of(jdbc, tables);
        jdbc.update("UPDATE coupons SET name = 'tampered' WHERE id = ?", id);
        assertThat(ReadTableChecksums.of(jdbc, tables)).isNotEqualTo(before);

        Http.Answer replay = admin().post("/api/v1/admin/projections/coupons/replay", null);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(202);

        replayed("coupons");
        assertThat(ReadTableChecksums.of(jdbc, tables)).isEqualTo(before);
        assertThat(copyLeftovers("coupons")).isZero();
    }

    /**
     * The switch is held up by a lock on {@code categories}, taken by the test: its transaction has then already
     * rewritten the tables before it in its order, uncommitted, while the reader goes on reading.
     */
    @Test
    void aReaderSeesTheWholeCatalogThroughoutAReplayAndTheStatusShowsProgress() throws Exception {
        for (int i = 0; i < 20; i++) {
            admin().post("/api/v1/admin/products", product(unique()));
        }
        caughtUp("catalog");
        Map<String, String> before = ReadTableChecksums.of(jdbc, tablesOf("catalog"));
        long expected = totalProducts(0);
        List<Long> seen = new CopyOnWriteArrayList<>();
        AtomicBoolean reading = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            // A price bound of its own on every read, so each answer comes from the table and not the cache.
            for (int n = 1; reading.get(); n++) {
                seen.add(totalProducts(n));
            }
        }, "catalog-reader");
        reader.start();
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            lock.createStatement().execute("LOCK TABLE public.categories IN EXCLUSIVE MODE");

            Http.Answer replay = admin().post("/api/v1/admin/projections/catalog/replay", null);
            assertThat(replay.status()).as(replay.toString()).isEqualTo(202);
            JsonNode running = admin().get("/api/v1/admin/projections/catalog").data();
            assertThat(running.path("replaying").asBoolean()).as(running.toString()).isTrue();
            assertThat(running.path("progress").path("phase").asText()).isIn("building", "switching");
            assertThat(running.path("progress").path("events_total").asLong()).isPositive();
            assertThat(running.path("progress").path("started_at").asText()).isNotBlank();
            eventually(() -> assertThat(admin().get("/api/v1/admin/projections/catalog").data()
                    .path("progress").path("phase").asText()).isEqualTo("switching"));
            int readsBefore = seen.size();
            eventually(() -> assertThat(seen.size()).isGreaterThan(readsBefore + 20));
            lock.rollback();
        }
        JsonNode done;
        try {
            done = replayed("catalog");
        } finally {
            reading.set(false);
            reader.join();
        }

        assertThat(done.path("progress").path("events_done").asLong()).isPositive()
                .isLessThanOrEqualTo(done.path("position").asLong());
        assertThat(done.path("progress").path("events_per_second").asDouble()).isPositive();
        assertThat(new HashSet<>(seen)).as("every read saw the whole catalog").containsExactly(expected);
        assertThat(ReadTableChecksums.of(jdbc, tablesOf("catalog"))).isEqualTo(before);
    }

    /** The inventory's switch is held up by a lock the test takes, so its replay is surely still running. */
    @Test
    void aSecondReplayOfAProjectionBeingReplayedIsAConflict() throws Exception {
        caughtUp("inventory");
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            lock.createStatement().execute("LOCK TABLE public.stock_movements IN EXCLUSIVE MODE");
            Http.Answer first = admin().post("/api/v1/admin/projections/inventory/replay", null);
            assertThat(first.status()).as(first.toString()).isEqualTo(202);

            assertEnvelope(admin().post("/api/v1/admin/projections/inventory/replay", null), 409,
                    "REPLAY_IN_PROGRESS");
            assertEnvelope(admin().post("/api/v1/admin/projections/replay", null), 409, "REPLAY_IN_PROGRESS");
            lock.rollback();
        }
        replayed("inventory");
    }

    @Test
    void everyProjectionIsReplayedAtOnce() {
        Http.Answer all = admin().post("/api/v1/admin/projections/replay", null);
        assertThat(all.status()).as(all.toString()).isEqualTo(202);
        List<String> started = new ArrayList<>();
        all.data().path("names").forEach(n -> started.add(n.asText()));

        assertThat(started).containsExactlyInAnyOrder("catalog", "coupons", "customers", "inventory",
                "performance-metrics", "search-analytics", "user-analytics");
        Awaitility.await().atMost(REPLAY_TIMEOUT).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                admin().get("/api/v1/admin/projections").data().forEach(p -> {
                    assertThat(p.path("replaying").asBoolean()).as(p.toString()).isFalse();
                    assertThat(p.path("lag").asLong()).as(p.toString()).isZero();
                }));
    }

    /** The switch wrote the tables outside the catalog's processor, so the cached answers built on them go. */
    @Test
    void theCatalogCacheIsEmptiedByTheSwitch() {
        String suffix = unique();
        long id = admin().post("/api/v1/admin/products", product(suffix)).data().path("id").asLong();
        caughtUp("catalog");
        jdbc.update("UPDATE products SET name_en = 'tampered' WHERE id = ?", id);
        eventually(() -> assertThat(anonymous().get("/api/v1/products/" + id).data().path("name_en").asText())
                .isEqualTo("tampered"));

        Http.Answer replay = admin().post("/api/v1/admin/projections/catalog/replay", null);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(202);

        replayed("catalog");
        assertThat(anonymous().get("/api/v1/products/" + id).data().path("name_en").asText())
                .isEqualTo("Rice Water Toner " + suffix);
    }

    @Test
    void whatAnInterruptedReplayLeftIsClearedByTheNext() {
        caughtUp("inventory");
        Map<String, String> before = ReadTableChecksums.of(jdbc, tablesOf("inventory"));
        jdbc.execute("CREATE SCHEMA IF NOT EXISTS replay_inventory");
        jdbc.execute("CREATE TABLE IF NOT EXISTS replay_inventory.stock_movements (half_built INTEGER)");
        jdbc.update("INSERT INTO axon.token_entry (processorName, segment, token, tokenType, timestamp, owner)"
                + " VALUES ('inventory.replay', 0, NULL, NULL, ?, 'a-node-that-died')", Instant.now().minusSeconds(60).toString());
        JsonNode status = admin().get("/api/v1/admin/projections/inventory").data();
        assertThat(status.path("replaying").asBoolean()).as("a dead node's rebuild is not running").isFalse();

        Http.Answer replay = admin().post("/api/v1/admin/projections/inventory/replay", null);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(202);

        replayed("inventory");
        assertThat(ReadTableChecksums.of(jdbc, tablesOf("inventory"))).isEqualTo(before);
        assertThat(copyLeftovers("inventory")).isZero();
    }

    @Test
    void replaysAreForAdminsOnly() {
        Customer customer = newCustomer();

        assertEnvelope(anonymous().post("/api/v1/admin/projections/replay", null), 401, "UNAUTHORIZED");
        assertEnvelope(customer.http().post("/api/v1/admin/projections/replay", null), 403, "FORBIDDEN");
        assertEnvelope(customer.http().post("/api/v1/admin/projections/catalog/replay", null), 403, "FORBIDDEN");
        assertEnvelope(customer.http().get("/api/v1/admin/projections/catalog"), 403, "FORBIDDEN");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM axon.token_entry WHERE processorName LIKE '%.replay'",
                Long.class)).as("no replay started").isZero();
    }

    private List<String> tablesOf(String group) {
        return sqlProjections.stream().filter(p -> p.processingGroup().equals(group)).findFirst().orElseThrow()
                .tables();
    }

    /** The copy's schema and token rows, which a finished replay leaves none of. */
    private long copyLeftovers(String group) {
        return jdbc.queryForObject("SELECT (SELECT count(*) FROM pg_namespace WHERE nspname = ?)"
                + " + (SELECT count(*) FROM axon.token_entry WHERE processorName = ?)", Long.class,
                "replay_" + group, group + ".replay");
    }

    private long totalProducts(int n) {
        Http.Answer page = anonymous().get("/api/v1/products?limit=1&max_price=" + (100000 + n));
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.data().path("total_items").asLong();
    }

    private void caughtUp(String projection) {
        eventually(() -> {
            JsonNode status = admin().get("/api/v1/admin/projections/" + projection).data();
            assertThat(status.path("replaying").asBoolean()).isFalse();
            assertThat(status.path("lag").asLong()).isZero();
        });
    }

    /** Waits for the replay to have switched and the live projection to be at the head again. */
    private JsonNode replayed(String projection) {
        JsonNode[] last = new JsonNode[1];
        Awaitility.await().atMost(REPLAY_TIMEOUT).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            JsonNode status = admin().get("/api/v1/admin/projections/" + projection).data();
            assertThat(status.path("replaying").asBoolean()).as(status.toString()).isFalse();
            assertThat(status.path("progress").path("phase").asText()).as(status.toString()).isEqualTo("done");
            assertThat(status.path("lag").asLong()).isZero();
            last[0] = status;
        });
        return last[0];
    }
}
