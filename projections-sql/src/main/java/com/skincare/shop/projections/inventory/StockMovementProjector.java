package com.skincare.shop.projections.inventory;

import com.skincare.shop.api.catalog.ProductCreatedEvent;
import com.skincare.shop.api.catalog.StockAdjustedEvent;
import com.skincare.shop.api.catalog.StockChangeReason;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.projections.EventTime;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Instant;

/**
 * Writes {@code stock_movements}, a product's stock history, from the product events that set or change its
 * stock: its creation (the opening stock, as an {@code initial} movement from nothing) and every
 * {@link StockAdjustedEvent}, whichever command caused it. Each row is the event's: its product and sequence
 * number as the key, its timestamp as the time, so a redelivered event is skipped and a replay writes the same
 * rows again.
 */
@ProcessingGroup(InventoryProcessing.GROUP)
public class StockMovementProjector {

    private static final String INSERT = """
            INSERT INTO stock_movements (product_id, sequence_number, reason, delta, stock_after, occurred_at)
            VALUES (:productId, :sequenceNumber, CAST(:reason AS stock_change_reason), :delta, :stockAfter,
                    :occurredAt)
            ON CONFLICT (product_id, sequence_number) DO NOTHING
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public StockMovementProjector(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(ProductCreatedEvent event, @SequenceNumber long sequenceNumber, @Timestamp Instant timestamp) {
        insert(event.productId(), sequenceNumber, StockChangeReason.INITIAL, event.stock(), event.stock(), timestamp);
    }

    @EventHandler
    public void on(StockAdjustedEvent event, @SequenceNumber long sequenceNumber, @Timestamp Instant timestamp) {
        insert(event.productId(), sequenceNumber, event.reason(), event.delta(), event.stockAfter(), timestamp);
    }

    @ResetHandler
    public void reset() {
        jdbc.getJdbcOperations().update("DELETE FROM stock_movements");
    }

    private void insert(ProductId productId, long sequenceNumber, StockChangeReason reason, int delta,
                        int stockAfter, Instant timestamp) {
        jdbc.update(INSERT, new MapSqlParameterSource()
                .addValue("productId", productId.value())
                .addValue("sequenceNumber", sequenceNumber)
                .addValue("reason", reason.code())
                .addValue("delta", delta)
                .addValue("stockAfter", stockAfter)
                .addValue("occurredAt", EventTime.utcTimestamp(timestamp)));
    }
}
