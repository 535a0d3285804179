package com.skincare.shop.projections.inventory;

import com.skincare.shop.api.catalog.ProductCreatedEvent;
import com.skincare.shop.api.catalog.ProductDetails;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.catalog.StockAdjustedEvent;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.projections.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.skincare.shop.api.catalog.StockChangeReason.ADJUSTMENT;
import static com.skincare.shop.api.catalog.StockChangeReason.CANCELLATION;
import static com.skincare.shop.api.catalog.StockChangeReason.ORDER;
import static com.skincare.shop.api.catalog.StockChangeReason.RESTOCK;
import static org.assertj.core.api.Assertions.assertThat;

class StockMovementProjectorTest {

    private static final ProductId SERUM = ProductId.of(42);
    private static final ProductId TONER = ProductId.of(43);

    private static ScratchDatabase database;
    private StockMovementProjector projector;
    private final List<Delivered> delivered = new ArrayList<>();

    /** An event as the inventory processor hands it over: with its place in its product's history and its time. */
    private record Delivered(Object event, long sequenceNumber, Instant timestamp) {
    }

    @BeforeAll
    static void createDatabase() {
        database = ScratchDatabase.fresh("inventory_projection_test");
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @BeforeEach
    void emptyTable() {
        sql().update("DELETE FROM stock_movements");
        projector = new StockMovementProjector(database.jdbc());
        delivered.clear();
    }

    @Test
    void everyStockEventOfAProductIsAMovementWithTheEventsValues() {
        // 20:15 UTC is already the next day in Phnom Penh: the column holds the event's time in UTC.
        deliver(created(SERUM, 12), 0, "2025-03-01T20:15:30.123456Z");
        // Sequence 1 was the product's update of its details, which moves no stock.
        deliver(new StockAdjustedEvent(SERUM, 24, 36, RESTOCK), 2, "2025-03-02T09:00:00Z");
        deliver(new StockAdjustedEvent(SERUM, -6, 30, ADJUSTMENT), 3, "2025-03-03T09:00:00Z");
        deliver(new StockAdjustedEvent(SERUM, -2, 28, ORDER), 4, "2025-03-04T09:00:00Z");
        deliver(new StockAdjustedEvent(SERUM, 2, 30, CANCELLATION), 5, "2025-03-05T09:00:00Z");

        assertThat(movements()).containsExactly(
                "42 0 initial 12 12 2025-03-01 20:15:30.123456",
                "42 2 restock 24 36 2025-03-02 09:00:00",
                "42 3 adjustment -6 30 2025-03-03 09:00:00",
                "42 4 order -2 28 2025-03-04 09:00:00",
                "42 5 cancellation 2 30 2025-03-05 09:00:00");
    }

    @Test
    void aProductCreatedWithoutStockStillOpensItsHistory() {
        deliver(created(TONER, 0), 0, "2025-03-01T10:00:00Z");

        assertThat(movements()).containsExactly("43 0 initial 0 0 2025-03-01 10:00:00");
    }

    @Test
    void eachProductKeepsItsOwnSequence() {
        deliver(created(SERUM, 5), 0, "2025-03-01T10:00:00Z");
        deliver(created(TONER, 9), 0, "2025-03-01T10:01:00Z");
        deliver(new StockAdjustedEvent(TONER, 1, 10, RESTOCK), 1, "2025-03-01T10:02:00Z");
        deliver(new StockAdjustedEvent(SERUM, 3, 8, RESTOCK), 1, "2025-03-01T10:03:00Z");

        assertThat(movements()).containsExactly(
                "42 0 initial 5 5 2025-03-01 10:00:00",
                "42 1 restock 3 8 2025-03-01 10:03:00",
                "43 0 initial 9 9 2025-03-01 10:01:00",
                "43 1 restock 1 10 2025-03-01 10:02:00");
    }

    @Test
    void aRedeliveredEventWritesNothingTwice() {
        deliver(created(SERUM, 5), 0, "2025-03-01T10:00:00Z");
        deliver(new StockAdjustedEvent(SERUM, 7, 12, RESTOCK), 1, "2025-03-01T10:01:00Z");
        List<String> once = movements();

        delivered.forEach(this::handle);

        assertThat(movements()).isEqualTo(once).hasSize(2);
    }

    @Test
    void resetClearsTheHistoryAndAReplayRebuildsItRowForRow() {
        deliver(created(SERUM, 5), 0, "2025-03-01T10:00:00Z");
        deliver(created(TONER, 9), 0, "2025-03-01T10:01:00Z");
        deliver(new StockAdjustedEvent(SERUM, 10, 15, RESTOCK), 3, "2025-03-02T10:00:00Z");
        deliver(new StockAdjustedEvent(TONER, -9, 0, ADJUSTMENT), 1, "2025-03-03T10:00:00Z");
        String live = rows();

        projector.reset();
        assertThat(sql().queryForObject("SELECT count(*) FROM stock_movements", Long.class)).isZero();

        delivered.forEach(this::handle);
        assertThat(rows()).isEqualTo(live);
    }

    private void deliver(Object event, long sequenceNumber, String timestamp) {
        Delivered d = new Delivered(event, sequenceNumber, Instant.parse(timestamp));
        handle(d);
        delivered.add(d);
    }

    private void handle(Delivered d) {
        if (d.event() instanceof ProductCreatedEvent e) {
            projector.on(e, d.sequenceNumber(), d.timestamp());
        } else if (d.event() instanceof StockAdjustedEvent e) {
            projector.on(e, d.sequenceNumber(), d.timestamp());
        } else {
            throw new IllegalArgumentException("not a stock event: " + d.event());
        }
    }

    private static List<String> movements() {
        return sql().queryForList("SELECT concat_ws(' ', product_id, sequence_number, reason, delta, stock_after,"
                + " occurred_at) FROM stock_movements ORDER BY product_id, sequence_number", String.class);
    }

    /** Every row as JSON text, in a fixed order: equal text means equal rows. */
    private static String rows() {
        return String.join("\n", sql().queryForList(
                "SELECT to_jsonb(t)::text FROM stock_movements t ORDER BY product_id, sequence_number", String.class));
    }

    private static ProductCreatedEvent created(ProductId id, int stock) {
        ProductDetails details = new ProductDetails("Product " + id.value(), null, "product-" + id.value(), null,
                null, null, "SKU-" + id.value(), null, new BigDecimal("10.00"), null, null, true, false, null,
                null, SkinType.ALL, "serums", List.of(), List.of(), null, null,
                null, null, false, List.of());
        return new ProductCreatedEvent(id, details, stock, ProductStatus.ACTIVE);
    }

    private static JdbcTemplate sql() {
        return database.jdbc().getJdbcTemplate();
    }
}
