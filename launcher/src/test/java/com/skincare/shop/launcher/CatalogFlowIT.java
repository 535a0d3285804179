package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static com.skincare.shop.launcher.CatalogRequests.category;
import static com.skincare.shop.launcher.CatalogRequests.product;
import static com.skincare.shop.launcher.CatalogRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

/** A product and a category travel from an admin's POST through the event store into the read tables and out. */
class CatalogFlowIT extends ShopIT {

    @Test
    void productWithKhmerNameIsFoundByKhmerSubstring() {
        String suffix = unique();
        Http.Answer categoryCreated = admin().post("/api/v1/admin/categories", category(suffix));
        assertThat(categoryCreated.status()).as(categoryCreated.toString()).isEqualTo(201);
        long categoryId = categoryCreated.data().path("id").asLong();

        Http.Answer created = admin().post("/api/v1/admin/products",
                with(product(suffix), "category_ids", List.of(categoryId)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("success").asBoolean()).isTrue();
        long id = created.data().path("id").asLong();
        assertThat(id).isPositive();

        String khmerPart = URLEncoder.encode("អង្ករបន្ទន់", StandardCharsets.UTF_8);
        eventually(() -> {
            Http.Answer found = anonymous().get("/api/v1/products?search=" + khmerPart + "&limit=100");
            assertThat(found.status()).isEqualTo(200);
            assertThat(ids(found.data().path("data"))).contains(id);
        });

        JsonNode product = anonymous().get("/api/v1/products/" + id).data();
        assertThat(product.path("name_kh").asText()).isEqualTo("ទឹកអង្ករបន្ទន់ស្បែក " + suffix);
        assertThat(product.path("price").decimalValue()).isEqualByComparingTo("14.50");
        assertThat(product.path("slug").asText()).isEqualTo("rice-water-toner-" + suffix);
        assertThat(product.path("status").asText()).isEqualTo("active");
        assertThat(product.path("is_featured").asBoolean()).isTrue();
        assertThat(product.has("cost_price")).as("shoppers never see the cost price").isFalse();
        assertThat(product.path("categories").findValuesAsText("slug")).containsExactly("toners-" + suffix);

        JsonNode asAdmin = admin().get("/api/v1/admin/products/" + id).data();
        assertThat(asAdmin.path("cost_price").decimalValue()).isEqualByComparingTo("6.25");

        eventually(() -> assertThat(anonymous().get("/api/v1/categories/toners-" + suffix + "/products")
                .data().path("total_items").asLong()).isEqualTo(1));
    }

    @Test
    void readRowTakesItsValuesFromTheEvent() {
        String suffix = unique();
        long id = admin().post("/api/v1/admin/products", product(suffix)).data().path("id").asLong();

        eventually(() -> assertThat(jdbc.queryForObject("SELECT count(*) FROM products WHERE id = ?", Long.class, id))
                .isEqualTo(1));
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM products WHERE id = ?", id);
        Instant eventTime = Instant.parse(jdbc.queryForObject(
                "SELECT timeStamp FROM axon.domain_event_entry WHERE aggregateIdentifier = ? AND sequenceNumber = 0",
                String.class, "product-" + id));

        assertThat(row.get("sku")).isEqualTo("IT-TON-" + suffix);
        assertThat((BigDecimal) row.get("price")).isEqualByComparingTo("14.50");
        assertThat(row.get("stock")).isEqualTo(40);
        assertThat(row.get("skin_type").toString()).isEqualTo("dry");
        assertThat(row.get("status").toString()).isEqualTo("active");
        assertThat(((java.sql.Date) row.get("created_at")).toLocalDate())
                .isEqualTo(LocalDate.ofInstant(eventTime, ZoneOffset.UTC));
        assertThat(((Timestamp) row.get("updated_at")).toLocalDateTime())
                .isEqualTo(eventTime.atOffset(ZoneOffset.UTC).toLocalDateTime());
        assertThat(((Timestamp) row.get("published_at")).toLocalDateTime())
                .isEqualTo(eventTime.atOffset(ZoneOffset.UTC).toLocalDateTime());
        assertThat(row.get("dimensions").toString()).contains("\"unit\": \"cm\"");
    }

    @Test
    void updateArchiveAndPublishChangeWhatShoppersSee() {
        String suffix = unique();
        long id = admin().post("/api/v1/admin/products", product(suffix)).data().path("id").asLong();
        eventually(() -> assertThat(anonymous().get("/api/v1/products/" + id).status()).isEqualTo(200));

        Http.Answer updated = admin().put("/api/v1/admin/products/" + id,
                with(with(product(suffix), "price", 12.00), "stock", 7));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        eventually(() -> {
            JsonNode p = anonymous().get("/api/v1/products/" + id).data();
            assertThat(p.path("price").decimalValue()).isEqualByComparingTo("12.00");
            assertThat(p.path("stock").asInt()).isEqualTo(7);
        });

        assertThat(admin().delete("/api/v1/admin/products/" + id).status()).isEqualTo(200);
        eventually(() -> assertThat(anonymous().get("/api/v1/products/" + id).status()).isEqualTo(404));
        assertThat(admin().get("/api/v1/admin/products/" + id).data().path("status").asText()).isEqualTo("archived");

        assertThat(admin().post("/api/v1/admin/products/" + id + "/publish", null).status()).isEqualTo(200);
        eventually(() -> assertThat(anonymous().get("/api/v1/products/" + id).status()).isEqualTo(200));
    }

    @Test
    void imagesAreAddedAndRemoved() {
        long id = admin().post("/api/v1/admin/products", product(unique())).data().path("id").asLong();
        Http.Answer image = admin().post("/api/v1/admin/products/" + id + "/images", Map.of(
                "image_url", "https://images.skincare.example/it/front.jpg", "alt_text", "Front", "is_primary", true));
        assertThat(image.status()).as(image.toString()).isEqualTo(201);
        long imageId = image.data().path("id").asLong();
        eventually(() -> assertThat(jdbc.queryForList(
                "SELECT is_primary FROM product_images WHERE id = ? AND product_id = ?", Boolean.class, imageId, id))
                .containsExactly(true));

        assertThat(admin().delete("/api/v1/admin/products/" + id + "/images/" + imageId).status()).isEqualTo(200);
        eventually(() -> assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM product_images WHERE id = ?", Long.class, imageId)).isZero());
    }

    @Test
    void deletedCategoryLeavesItsProducts() {
        String suffix = unique();
        long categoryId = admin().post("/api/v1/admin/categories", category(suffix)).data().path("id").asLong();
        long productId = admin().post("/api/v1/admin/products",
                with(product(suffix), "category_ids", List.of(categoryId))).data().path("id").asLong();
        eventually(() -> assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM product_categories WHERE product_id = ?", Long.class, productId)).isEqualTo(1));

        assertThat(admin().delete("/api/v1/admin/categories/" + categoryId).status()).isEqualTo(200);
        eventually(() -> assertThat(anonymous().get("/api/v1/categories/toners-" + suffix + "/products").status())
                .isEqualTo(404));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM product_categories WHERE product_id = ?", Long.class,
                productId)).isZero();
        assertThat(anonymous().get("/api/v1/products/" + productId).status()).isEqualTo(200);
    }

    @Test
    void filtersSortAndPageTheList() {
        String suffix = unique();
        Map<String, Object> cheap = with(with(product(suffix + "a"), "price", 9.99), "skin_type", "oily");
        Map<String, Object> dear = with(with(with(product(suffix + "b"), "price", 29.99), "compare_at_price", 35.00),
                "skin_type", "oily");
        assertThat(admin().post("/api/v1/admin/products", cheap).status()).isEqualTo(201);
        assertThat(admin().post("/api/v1/admin/products", dear).status()).isEqualTo(201);
        String search = URLEncoder.encode("Rice Water Toner " + suffix, StandardCharsets.UTF_8);

        eventually(() -> {
            JsonNode page = anonymous().get("/api/v1/products?search=" + search + "&sort=price&order=desc&limit=1")
                    .data();
            assertThat(page.path("total_items").asLong()).isEqualTo(2);
            assertThat(page.path("total_pages").asInt()).isEqualTo(2);
            assertThat(page.path("has_next_page").asBoolean()).isTrue();
            assertThat(page.path("data").get(0).path("price").decimalValue()).isEqualByComparingTo("29.99");
        });
        JsonNode underTen = anonymous().get("/api/v1/products?search=" + search + "&max_price=10&skin_type=oily")
                .data();
        assertThat(underTen.path("total_items").asLong()).isEqualTo(1);
        JsonNode bySkin = anonymous().get("/api/v1/products/by-skin-type/oily?limit=100").data();
        assertThat(bySkin.path("data").findValuesAsText("skin_type")).isNotEmpty().allMatch(
                t -> t.equals("oily") || t.equals("all"));
    }

    private static List<Long> ids(JsonNode items) {
        return items.findValues("id").stream().map(JsonNode::asLong).toList();
    }
}
