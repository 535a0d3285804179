package com.skincare.shop.launcher;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.skincare.shop.launcher.CatalogRequests.category;
import static com.skincare.shop.launcher.CatalogRequests.product;
import static com.skincare.shop.launcher.CatalogRequests.with;
import static com.skincare.shop.launcher.CatalogRequests.without;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets a 4xx in the documented error envelope and stores no event. */
class BadInputIT extends ShopIT {

    @Test
    void productWithoutSku() {
        assertRefused(() -> admin().post("/api/v1/admin/products", without(product(unique()), "sku")),
                400, "VALIDATION_FAILED", "sku");
    }

    @Test
    void negativePrice() {
        assertRefused(() -> admin().post("/api/v1/admin/products", with(product(unique()), "price", -1)),
                400, "VALIDATION_FAILED", "price");
    }

    @Test
    void compareAtPriceBelowPrice() {
        assertRefused(() -> admin().post("/api/v1/admin/products", with(product(unique()), "compare_at_price", 3.00)),
                400, "VALIDATION_FAILED", "compare_at_price");
    }

    @Test
    void unknownSkinType() {
        assertRefused(() -> admin().post("/api/v1/admin/products", with(product(unique()), "skin_type", "shiny")),
                400, "VALIDATION_FAILED", "skin_type");
    }

    @Test
    void priceAsString() {
        assertRefused(() -> admin().post("/api/v1/admin/products", with(product(unique()), "price", "14.50")),
                400, "VALIDATION_FAILED", "price");
    }

    @Test
    void unknownField() {
        assertRefused(() -> admin().post("/api/v1/admin/products", with(product(unique()), "colour", "red")),
                400, "VALIDATION_FAILED", "colour");
    }

    @Test
    void duplicateSku() {
        String suffix = unique();
        assertThat(admin().post("/api/v1/admin/products", product(suffix)).status()).isEqualTo(201);
        Map<String, Object> sameSku = with(product(unique()), "sku", "IT-TON-" + suffix);
        assertRefused(() -> admin().post("/api/v1/admin/products", sameSku),
                409, "SKU_TAKEN", "sku");
    }

    @Test
    void duplicateSlug() {
        String suffix = unique();
        assertThat(admin().post("/api/v1/admin/products", product(suffix)).status()).isEqualTo(201);
        Map<String, Object> sameSlug = with(product(unique()), "slug", "rice-water-toner-" + suffix);
        assertRefused(() -> admin().post("/api/v1/admin/products", sameSlug),
                409, "SLUG_TAKEN", "slug");
    }

    @Test
    void duplicateCategorySlug() {
        String suffix = unique();
        assertThat(admin().post("/api/v1/admin/categories", category(suffix)).status()).isEqualTo(201);
        assertRefused(() -> admin().post("/api/v1/admin/categories", category(suffix)),
                409, "SLUG_TAKEN", "slug");
    }

    @Test
    void malformedJson() {
        long before = storedEvents();
        Http.Answer answer = admin().send("POST", "/api/v1/admin/products", "{\"name_en\": \"Broken\",");
        assertEnvelope(answer, 400, "MALFORMED_JSON");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void updateOfUnknownProduct() {
        assertRefused(() -> admin().put("/api/v1/admin/products/987654321", product(unique())),
                404, "NOT_FOUND", null);
    }

    @Test
    void springsOwnFailuresUseTheEnvelope() {
        assertEnvelope(anonymous().get("/api/v1/no-such-thing"), 404, "NOT_FOUND");
        Http.Answer wrongMethod = anonymous().send("PATCH", "/api/v1/products", "{}");
        assertEnvelope(wrongMethod, 405, "METHOD_NOT_ALLOWED");
        assertEnvelope(anonymous().get("/api/v1/products/not-a-number"), 400, "BAD_REQUEST");
        assertEnvelope(anonymous().get("/api/v1/products?page=0"), 400, "BAD_REQUEST");
        assertEnvelope(anonymous().get("/api/v1/products?limit=1000"), 400, "BAD_REQUEST");
        assertEnvelope(anonymous().get("/api/v1/products?min_price=cheap"), 400, "BAD_REQUEST");
        assertEnvelope(anonymous().get("/api/v1/products/by-skin-type/shiny"), 400, "BAD_REQUEST");
        assertEnvelope(anonymous().get("/api/v1/products/999999999"), 404, "NOT_FOUND");
    }

    @Test
    void adminRoutesAreClosed() {
        long before = storedEvents();
        assertEnvelope(anonymous().post("/api/v1/admin/products", product(unique())), 401, "UNAUTHORIZED");
        assertEnvelope(anonymous().get("/api/v1/admin/products"), 401, "UNAUTHORIZED");
        assertEnvelope(anonymous().withToken("not.a.token").get("/api/v1/admin/products"), 401, "UNAUTHORIZED");
        assertEnvelope(anonymous().post("/api/v1/admin/login",
                Map.of("email", ADMIN_EMAIL, "password", "wrong-password")), 401, "INVALID_CREDENTIALS");
        assertThat(storedEvents()).isEqualTo(before);
    }
}
