package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static com.skincare.shop.launcher.CatalogRequests.category;
import static com.skincare.shop.launcher.CatalogRequests.product;
import static com.skincare.shop.launcher.CatalogRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

/** What an admin does to shape the catalog shoppers browse: images, bulk edits, the category tree, related items. */
class CatalogCurationIT extends ShopIT {

    @Test
    void imagesTakeTheChosenOrderAndPrimary() {
        long id = createProduct(product(unique()));
        List<Long> images = new ArrayList<>();
        for (String side : List.of("front", "back", "side")) {
            images.add(admin().post("/api/v1/admin/products/" + id + "/images", Map.of(
                    "image_url", "https://images.skincare.example/it/" + side + ".jpg", "alt_text", side,
                    "is_primary", side.equals("front"))).data().path("id").asLong());
        }
        String product = "/api/v1/admin/products/" + id;

        assertThat(admin().put(product + "/images/" + images.get(2) + "/primary", null).status()).isEqualTo(200);
        Http.Answer reordered = admin().put(product + "/images/order",
                Map.of("image_ids", List.of(images.get(2), images.get(0), images.get(1))));
        assertThat(reordered.status()).as(reordered.toString()).isEqualTo(200);

        eventually(() -> {
            JsonNode shown = anonymous().get("/api/v1/products/" + id).data().path("images");
            assertThat(shown.findValuesAsText("alt_text")).containsExactly("side", "front", "back");
            assertThat(shown.get(0).path("is_primary").asBoolean()).isTrue();
            assertThat(shown.get(1).path("is_primary").asBoolean()).isFalse();
        });

        Http.Answer incomplete = admin().put(product + "/images/order", Map.of("image_ids", List.of(images.get(0))));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.json().path("error").path("details").findValuesAsText("field")).contains("image_ids");
        assertThat(admin().put(product + "/images/987654321/primary", null).status()).isEqualTo(404);
        assertThat(admin().put(product + "/images/order", Map.of("image_ids", List.of())).status()).isEqualTo(400);
    }

    @Test
    void aBulkUpdateSaysWhichProductsChangedAndWhichNot() {
        long first = createProduct(product(unique()));
        long second = createProduct(product(unique()));
        long unknown = 987_654_321L;

        Http.Answer updated = admin().post("/api/v1/admin/products/bulk-update",
                Map.of("product_ids", List.of(first, second, unknown), "status", "archived", "is_featured", false));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(longs(updated.data().path("succeeded"))).containsExactly(first, second);
        assertThat(updated.data().path("failed").get(0).path("id").asLong()).isEqualTo(unknown);
        assertThat(updated.data().path("failed").get(0).path("code").asText()).isEqualTo("NOT_FOUND");

        eventually(() -> {
            JsonNode asAdmin = admin().get("/api/v1/admin/products/" + first).data();
            assertThat(asAdmin.path("status").asText()).isEqualTo("archived");
            assertThat(asAdmin.path("is_featured").asBoolean()).isFalse();
            assertThat(anonymous().get("/api/v1/products/" + second).status()).isEqualTo(404);
        });

        Http.Answer published = admin().post("/api/v1/admin/products/bulk-update",
                Map.of("product_ids", List.of(first), "status", "active"));
        assertThat(longs(published.data().path("succeeded"))).containsExactly(first);
        eventually(() -> assertThat(anonymous().get("/api/v1/products/" + first).status()).isEqualTo(200));
    }

    @Test
    void aBulkDeleteArchivesAndReportsTheOnesAlreadyGone() {
        long live = createProduct(product(unique()));
        long archived = createProduct(product(unique()));
        assertThat(admin().delete("/api/v1/admin/products/" + archived).status()).isEqualTo(200);

        Http.Answer deleted = admin().post("/api/v1/admin/products/bulk-delete",
                Map.of("product_ids", List.of(live, archived, live)));
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(longs(deleted.data().path("succeeded"))).containsExactly(live);
        assertThat(deleted.data().path("failed").findValuesAsText("code")).containsExactly("ALREADY_ARCHIVED");
        assertThat(deleted.json().path("message").asText()).isEqualTo("1 of 2 products archived");
        eventually(() -> assertThat(admin().get("/api/v1/admin/products/" + live).data().path("status").asText())
                .isEqualTo("archived"));
    }

    @Test
    void bulkRequestsThatAskNothingOrTooMuchAreRefusedWhole() {
        long id = createProduct(product(unique()));
        Http.Answer nothing = admin().post("/api/v1/admin/products/bulk-update", Map.of("product_ids", List.of(id)));
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.code()).isEqualTo("VALIDATION_FAILED");

        List<Long> tooMany = LongStream.rangeClosed(1, 101).boxed().toList();
        assertThat(admin().post("/api/v1/admin/products/bulk-delete", Map.of("product_ids", tooMany)).status())
                .isEqualTo(400);
        assertThat(admin().post("/api/v1/admin/products/bulk-update",
                Map.of("product_ids", List.of(id), "status", "sold-out")).status()).isEqualTo(400);
        assertThat(admin().post("/api/v1/admin/products/bulk-delete", Map.of("product_ids", List.of(-1))).status())
                .isEqualTo(400);
        assertThat(admin().get("/api/v1/admin/products/" + id).data().path("status").asText()).isEqualTo("active");
    }

    @Test
    void theTreeCountsItsBranchesAndHidesWhatIsInactive() {
        String suffix = unique();
        long face = createCategory(category("face-" + suffix));
        long serums = createCategory(with(category("serums-" + suffix), "parent_id", face));
        long product = createProduct(with(product(suffix), "category_ids", List.of(serums)));
        String faceSlug = "toners-face-" + suffix;
        String serumsSlug = "toners-serums-" + suffix;

        eventually(() -> {
            JsonNode shown = anonymous().get("/api/v1/categories?limit=100").data().path("data");
            JsonNode faceShown = byId(shown, face);
            assertThat(faceShown.path("product_count").asLong()).isEqualTo(1);
            assertThat(faceShown.path("children").findValuesAsText("slug")).containsExactly(serumsSlug);
            assertThat(longs(anonymous().get("/api/v1/categories/" + faceSlug + "/products").data().path("data")))
                    .containsExactly(product);
        });

        Map<String, Object> inactive = with(with(category("face-" + suffix), "is_active", false), "slug", faceSlug);
        assertThat(admin().put("/api/v1/admin/categories/" + face, inactive).status()).isEqualTo(200);
        eventually(() -> {
            assertThat(anonymous().get("/api/v1/categories/" + serumsSlug + "/products").status()).isEqualTo(404);
            JsonNode shown = anonymous().get("/api/v1/categories?limit=100").data().path("data");
            assertThat(shown.findValuesAsText("slug")).doesNotContain(faceSlug, serumsSlug);
            assertThat(admin().get("/api/v1/admin/categories/" + serums).data().path("parent_id").asLong())
                    .isEqualTo(face);
        });
    }

    @Test
    void reorderGivesEachCategoryItsPosition() {
        long a = createCategory(category("a-" + unique()));
        long b = createCategory(category("b-" + unique()));
        long c = createCategory(category("c-" + unique()));

        Http.Answer reordered = admin().post("/api/v1/admin/categories/reorder",
                Map.of("category_ids", List.of(c, a, b, 987_654_321L)));
        assertThat(reordered.status()).as(reordered.toString()).isEqualTo(200);
        assertThat(longs(reordered.data().path("succeeded"))).containsExactly(c, a, b);
        assertThat(reordered.data().path("failed").findValuesAsText("code")).containsExactly("NOT_FOUND");

        eventually(() -> {
            assertThat(admin().get("/api/v1/admin/categories/" + c).data().path("sort_order").asInt()).isZero();
            assertThat(admin().get("/api/v1/admin/categories/" + a).data().path("sort_order").asInt()).isEqualTo(1);
            assertThat(admin().get("/api/v1/admin/categories/" + b).data().path("sort_order").asInt()).isEqualTo(2);
        });
        assertThat(admin().post("/api/v1/admin/categories/reorder", Map.of("category_ids", List.of())).status())
                .isEqualTo(400);
    }

    @Test
    void relatedProductsShareTheProductsCategories() {
        long category = createCategory(category("related-" + unique()));
        long product = createProduct(with(product(unique()), "category_ids", List.of(category)));
        long sibling = createProduct(with(product(unique()), "category_ids", List.of(category)));

        eventually(() -> {
            Http.Answer related = anonymous().get("/api/v1/products/" + product + "/related?limit=20");
            assertThat(related.status()).isEqualTo(200);
            List<Long> ids = longs(related.data());
            assertThat(ids).first().isEqualTo(sibling);
            assertThat(ids).doesNotContain(product);
        });
        assertThat(anonymous().get("/api/v1/products/987654321/related").status()).isEqualTo(404);
        assertThat(anonymous().get("/api/v1/products/" + product + "/related?limit=500").status()).isEqualTo(400);
    }

    private long createProduct(Map<String, Object> body) {
        Http.Answer created = admin().post("/api/v1/admin/products", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().path("id").asLong();
    }

    private long createCategory(Map<String, Object> body) {
        Http.Answer created = admin().post("/api/v1/admin/categories", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().path("id").asLong();
    }

    private static JsonNode byId(JsonNode items, long id) {
        for (JsonNode item : items) {
            if (item.path("id").asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("no category " + id + " in " + items);
    }

    /** The ids of a JSON array of objects, or the numbers of a JSON array of numbers. */
    private static List<Long> longs(JsonNode array) {
        List<Long> values = new ArrayList<>();
        for (JsonNode item : array) {
            values.add(item.isNumber() ? item.asLong() : item.path("id").asLong());
        }
        return values;
    }
}
