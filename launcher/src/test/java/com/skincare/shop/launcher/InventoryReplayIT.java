package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.skincare.shop.launcher.CatalogRequests.product;
import static com.skincare.shop.launcher.CatalogRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replaying the inventory projection from the event store gives {@code stock_movements} back row for row, and
 * leaves the catalog's tables alone: the history has a processor of its own.
 */
class InventoryReplayIT extends ShopIT {

    @Test
    void replayRebuildsTheStockHistoryRowForRow() {
        String suffix = unique();
        long id = admin().post("/api/v1/admin/products", product(suffix)).data().path("id").asLong();
        String stock = "/api/v1/admin/inventory/" + id;
        assertThat(admin().post(stock + "/restock", Map.of("quantity", 12)).status()).isEqualTo(200);
        assertThat(admin().put(stock, Map.of("stock", 9)).status()).isEqualTo(200);
        assertThat(admin().put("/api/v1/admin/products/" + id, with(product(suffix), "stock", 30)).status())
                .isEqualTo(200);
        assertThat(admin().delete("/api/v1/admin/products/" + id).status()).isEqualTo(200);
        assertThat(admin().post(stock + "/restock", Map.of("quantity", 1)).status())
                .as("an archived product still takes stock").isEqualTo(200);
        caughtUp("inventory");
        caughtUp("catalog");
        String history = checksum("stock_movements");
        String products = checksum("products");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM stock_movements WHERE product_id = ?", Long.class, id))
                .isEqualTo(5);

        Http.Answer replay = admin().post("/api/v1/admin/projections/inventory/replay", null);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(202);

        caughtUp("inventory");
        assertThat(checksum("stock_movements")).isEqualTo(history);
        assertThat(checksum("products")).as("the catalog is not replayed with the history").isEqualTo(products);
    }

    private void caughtUp(String projection) {
        eventually(() -> {
            JsonNode status = admin().get("/api/v1/admin/projections/" + projection).data();
            assertThat(status.path("replaying").asBoolean()).isFalse();
            assertThat(status.path("progress").path("phase").asText()).as("a replay that failed left the tables as they were")
                    .isNotEqualTo("failed");
            assertThat(status.path("lag").asLong()).isZero();
            assertThat(status.path("position").asLong()).isPositive();
        });
    }

    private String checksum(String table) {
        return ReadTableChecksums.of(jdbc, table);
    }
}
