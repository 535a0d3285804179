package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static com.skincare.shop.launcher.CatalogRequests.product;
import static org.assertj.core.api.Assertions.assertThat;

/** A customer's wishlist over HTTP: add, list with the products, remove, clear; each customer sees their own. */
class WishlistIT extends ShopIT {

    private long newProduct() {
        long id = admin().post("/api/v1/admin/products", product(unique())).data().path("id").asLong();
        eventually(() -> assertThat(anonymous().get("/api/v1/products/" + id).status()).isEqualTo(200));
        return id;
    }

    @Test
    void aWishlistHoldsEachProductOnceWithItsProductDataNewestFirst() {
        Customer customer = newCustomer();
        Customer other = newCustomer();
        long serum = newProduct();
        long toner = newProduct();

        assertThat(customer.http().post("/api/v1/wishlist/add/" + serum, null).status()).isEqualTo(200);
        assertThat(customer.http().post("/api/v1/wishlist/add/" + toner, null).status()).isEqualTo(200);
        assertThat(customer.http().post("/api/v1/wishlist/add/" + serum, null).status())
                .as("a product already on it stays once").isEqualTo(200);

        eventually(() -> {
            JsonNode list = customer.http().get("/api/v1/wishlist").data();
            assertThat(list.size()).isEqualTo(2);
            assertThat(list.get(0).path("product").path("id").asLong()).isEqualTo(toner);
            assertThat(list.get(1).path("product").path("id").asLong()).isEqualTo(serum);
            assertThat(list.get(0).path("product").path("name_kh").asText()).startsWith("ទឹកអង្ករ");
            assertThat(list.get(0).path("product").path("available").asBoolean()).isTrue();
            assertThat(list.get(0).path("product").path("price").decimalValue()).isEqualByComparingTo("14.50");
        });
        assertThat(other.http().get("/api/v1/wishlist").data().size()).isZero();

        admin().post("/api/v1/admin/products/" + toner + "/archive", null);
        assertThat(customer.http().delete("/api/v1/wishlist/remove/" + serum).status()).isEqualTo(200);
        eventually(() -> {
            JsonNode list = customer.http().get("/api/v1/wishlist").data();
            assertThat(list.size()).isEqualTo(1);
            assertThat(list.get(0).path("product").path("available").asBoolean())
                    .as("an archived product stays, as not available").isFalse();
        });

        assertThat(customer.http().delete("/api/v1/wishlist/clear").status()).isEqualTo(200);
        eventually(() -> assertThat(customer.http().get("/api/v1/wishlist").data().size()).isZero());
    }

    @Test
    void badWishesAre4xxAndStoreNothing() {
        Customer customer = newCustomer();
        long before = storedEvents();

        Http.Answer unknown = customer.http().post("/api/v1/wishlist/add/987654321", null);
        Http.Answer notANumber = customer.http().post("/api/v1/wishlist/add/serum", null);
        Http.Answer notOnIt = customer.http().delete("/api/v1/wishlist/remove/1");
        Http.Answer clearNothing = customer.http().delete("/api/v1/wishlist/clear");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("PRODUCT_NOT_FOUND");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notOnIt.status()).isEqualTo(404);
        assertThat(notOnIt.code()).isEqualTo("NOT_IN_WISHLIST");
        assertThat(clearNothing.status()).isEqualTo(200);
        assertThat(anonymous().get("/api/v1/wishlist").status()).isEqualTo(401);
        assertThat(storedEvents()).isEqualTo(before);
    }
}
