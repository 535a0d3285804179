package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.skincare.shop.launcher.CatalogRequests.category;
import static com.skincare.shop.launcher.CatalogRequests.product;
import static com.skincare.shop.launcher.CatalogRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

/** Replaying the catalog projection from the event store gives the same tables back, row for row. */
class CatalogReplayIT extends ShopIT {

    private static final List<String> CATALOG_TABLES =
            List.of("categories", "products", "product_categories", "product_images");

    @Test
    void replayRebuildsIdenticalTables() {
        String suffix = unique();
        long categoryId = admin().post("/api/v1/admin/categories", category(suffix)).data().path("id").asLong();
        long productId = admin().post("/api/v1/admin/products",
                with(product(suffix), "category_ids", List.of(categoryId))).data().path("id").asLong();
        admin().put("/api/v1/admin/products/" + productId,
                with(with(product(suffix), "category_ids", List.of(categoryId)), "stock", 3));
        long front = admin().post("/api/v1/admin/products/" + productId + "/images",
                Map.of("image_url", "https://images.skincare.example/it/replay.jpg", "is_primary", true))
                .data().path("id").asLong();
        long back = admin().post("/api/v1/admin/products/" + productId + "/images",
                Map.of("image_url", "https://images.skincare.example/it/replay-back.jpg")).data().path("id").asLong();
        admin().put("/api/v1/admin/products/" + productId + "/images/" + back + "/primary", null);
        admin().put("/api/v1/admin/products/" + productId + "/images/order", Map.of("image_ids", List.of(back, front)));
        admin().post("/api/v1/admin/products/bulk-update",
                Map.of("product_ids", List.of(productId), "is_featured", false));
        long child = admin().post("/api/v1/admin/categories", with(category(unique()), "parent_id", categoryId))
                .data().path("id").asLong();
        admin().post("/api/v1/admin/categories/reorder", Map.of("category_ids", List.of(child, categoryId)));
        admin().delete("/api/v1/admin/products/" + productId);
        caughtUp();
        Map<String, String> before = checksums();
        assertThat(count("products")).isPositive();

        Http.Answer replay = admin().post("/api/v1/admin/projections/catalog/replay", null);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(202);

        caughtUp();
        assertThat(checksums()).isEqualTo(before);
    }

    @Test
    void unknownProjectionIsNotFound() {
        assertThat(admin().post("/api/v1/admin/projections/nope/replay", null).status()).isEqualTo(404);
    }

    private void caughtUp() {
        eventually(() -> {
            JsonNode status = admin().get("/api/v1/admin/projections/catalog").data();
            assertThat(status.path("replaying").asBoolean()).isFalse();
            assertThat(status.path("progress").path("phase").asText()).as("a replay that failed left the tables as they were")
                    .isNotEqualTo("failed");
            assertThat(status.path("lag").asLong()).isZero();
            assertThat(status.path("position").asLong()).isPositive();
        });
    }

    private Map<String, String> checksums() {
        return ReadTableChecksums.of(jdbc, CATALOG_TABLES);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }
}
