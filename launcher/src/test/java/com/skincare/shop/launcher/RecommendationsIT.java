package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.skincare.shop.launcher.CatalogRequests.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recommendations over HTTP: orders placed through the API make "bought together" appear with its reason; a
 * user's list is stored in {@code product_recommendations} as documented, answered again while it holds, expired
 * by an order, a product change or a profile change and then generated again; who may read it; bad input.
 */
class RecommendationsIT extends ShopIT {

    @Autowired
    MongoClient mongo;

    private long newProduct(String name) {
        Map<String, Object> body = product(unique());
        body.put("name_en", name);
        body.put("stock", 100);
        Http.Answer created = admin().post("/api/v1/admin/products", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.data().path("id").asLong();
        eventually(() -> assertThat(anonymous().get("/api/v1/products/" + id).status()).isEqualTo(200));
        return id;
    }

    private static void order(Customer customer, long... products) {
        List<Map<String, Object>> lines = java.util.Arrays.stream(products)
                .mapToObj(p -> CheckoutHttpIT.line(p, 1)).toList();
        Http.Answer placed = customer.http().post("/api/v1/orders", CheckoutHttpIT.order(lines));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
    }

    private static JsonNode recommendations(Customer customer) {
        Http.Answer answer = customer.http().get("/ml/v1/recommendations/user/" + customer.id());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.data();
    }

    private static JsonNode item(JsonNode view, long productId) {
        for (JsonNode item : view.path("recommended_products")) {
            if (item.path("product_id").asLong() == productId) {
                return item;
            }
        }
        return null;
    }

    private Document stored(long userId) {
        return mongo.getDatabase("skincare_analytics").getCollection("product_recommendations")
                .find(Filters.eq("user_id", userId)).first();
    }

    @Test
    void ordersMakeBoughtTogetherAppearWithItsReasonAndExpireTheListsTheyChange() {
        String suffix = unique();
        long cleanser = newProduct("Cleanser " + suffix);
        long serum = newProduct("Serum " + suffix);
        long toner = newProduct("Toner " + suffix);
        Customer first = newCustomer();
        Customer second = newCustomer();
        Customer third = newCustomer();

        order(first, cleanser, serum);
        JsonNode before = recommendations(first);
        assertThat(recommendations(first).path("created_at").asText())
                .as("answered from the store while it holds").isEqualTo(before.path("created_at").asText());
        JsonNode initial = recommendations(third);
        assertThat(initial.path("recommended_products").findValuesAsText("reason"))
                .as("nothing bought yet, so nothing bought together").noneMatch(r -> r.startsWith("bought together"));

        order(second, cleanser, toner);
        // The first buyer bought the cleanser too: their list is expired and now has the toner.
        eventually(() -> {
            JsonNode now = recommendations(first);
            assertThat(now.path("created_at").asText()).isNotEqualTo(before.path("created_at").asText());
            assertThat(item(now, toner)).isNotNull();
            assertThat(item(now, toner).path("reason").asText()).isEqualTo("bought together with Cleanser " + suffix);
        });

        order(third, cleanser);
        eventually(() -> {
            JsonNode now = recommendations(third);
            assertThat(now.path("recommendation_type").asText()).isEqualTo("collaborative");
            assertThat(item(now, serum).path("reason").asText()).isEqualTo("bought together with Cleanser " + suffix);
            assertThat(item(now, toner).path("reason").asText()).isEqualTo("bought together with Cleanser " + suffix);
            assertThat(item(now, serum).path("score").asDouble()).isEqualTo(0.5774);
            assertThat(item(now, cleanser)).as("never what they bought").isNull();
        });

        // An archived product leaves every list.
        assertThat(admin().post("/api/v1/admin/products/" + toner + "/archive", null).status()).isEqualTo(200);
        eventually(() -> assertThat(item(recommendations(third), toner)).isNull());
        assertThat(item(recommendations(third), serum)).isNotNull();
    }

    @Test
    void theStoredDocumentIsTheDocumentedOneAndGenerateMakesItAgain() {
        Customer customer = newCustomer();
        JsonNode first = recommendations(customer);
        assertThat(first.path("user_id").asLong()).isEqualTo(customer.id());
        assertThat(first.path("skin_profile").path("skin_type").asText()).isEqualTo("combination");

        Document document = stored(customer.id());
        assertThat(document).isNotNull();
        assertThat(document.keySet()).containsExactlyInAnyOrder("_id", "user_id", "recommendation_type",
                "recommended_products", "skin_profile", "created_at", "expires_at");
        assertThat(document.getString("recommendation_type")).isIn("collaborative", "content_based", "popular",
                "skin_based");
        assertThat(document.getDate("expires_at")).isAfter(document.getDate("created_at"));
        List<Document> products = document.getList("recommended_products", Document.class);
        assertThat(products).isNotEmpty().allSatisfy(p -> assertThat(p.keySet())
                .containsExactlyInAnyOrder("product_id", "score", "reason", "generated_at"));
        assertThat(document.get("skin_profile", Document.class).keySet()).containsExactlyInAnyOrder("skin_type",
                "concerns", "age_range", "preferred_brands", "budget_range");

        Http.Answer generated = customer.http().post("/ml/v1/recommendations/user/" + customer.id() + "/generate",
                null);
        assertThat(generated.status()).as(generated.toString()).isEqualTo(200);
        assertThat(generated.data().path("created_at").asText()).isNotEqualTo(first.path("created_at").asText());
        assertThat(recommendations(customer).path("created_at").asText())
                .isEqualTo(generated.data().path("created_at").asText());

        Http.Answer own = customer.http().get("/api/v1/recommendations/products");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.data().path("user_id").asLong()).isEqualTo(customer.id());
    }

    @Test
    void aNewSkinTypeExpiresTheListAndTheNextOneIsForIt() {
        Customer customer = newCustomer();
        assertThat(recommendations(customer).path("skin_profile").path("skin_type").asText()).isEqualTo("combination");

        Http.Answer profile = customer.http().put("/api/v1/auth/profile",
                Map.of("first_name", "Sophea", "last_name", "Chan", "skin_type", "oily"));
        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);

        eventually(() -> assertThat(recommendations(customer).path("skin_profile").path("skin_type").asText())
                .isEqualTo("oily"));
    }

    @Test
    void publicListsAnswerEveryone() {
        long serum = newProduct("Public Serum " + unique());

        Http.Answer popular = anonymous().get("/ml/v1/recommendations/popular?limit=5&days=7");
        assertThat(popular.status()).as(popular.toString()).isEqualTo(200);
        assertThat(popular.data().path("recommendation_type").asText()).isEqualTo("popular");
        assertThat(popular.data().path("recommended_products").size()).isBetween(1, 5);
        assertThat(anonymous().get("/ml/v1/recommendations/trending").status()).isEqualTo(200);
        Http.Answer shop = anonymous().get("/api/v1/recommendations/products");
        assertThat(shop.status()).isEqualTo(200);
        assertThat(shop.data().path("recommendation_type").asText()).isEqualTo("popular");
        assertThat(shop.data().path("user_id").isNull()).isTrue();

        Http.Answer similar = anonymous().get("/ml/v1/recommendations/product/" + serum + "/similar?limit=100");
        assertThat(similar.status()).as(similar.toString()).isEqualTo(200);
        assertThat(similar.data().path("recommendation_type").asText()).isEqualTo("content_based");
        assertThat(similar.data().path("recommended_products").findValuesAsText("product_id"))
                .isNotEmpty().doesNotContain(String.valueOf(serum));

        Map<String, Object> profile = new HashMap<>();
        profile.put("skin_type", "dry");
        profile.put("concerns", List.of("dullness"));
        profile.put("budget_range", Map.of("min", new BigDecimal("14.00"), "max", new BigDecimal("15.00")));
        Http.Answer skin = anonymous().post("/ml/v1/recommendations/skin-based?limit=100", profile);
        assertThat(skin.status()).as(skin.toString()).isEqualTo(200);
        assertThat(skin.data().path("recommendation_type").asText()).isEqualTo("skin_based");
        assertThat(item(skin.data(), serum).path("reason").asText()).isEqualTo("matches dry skin and dullness concern");
    }

    @Test
    void aUsersListIsForThemAndAdminsOnly() {
        Customer owner = newCustomer();
        Customer other = newCustomer();
        String path = "/ml/v1/recommendations/user/" + owner.id();

        assertThat(anonymous().get(path).status()).isEqualTo(401);
        assertEnvelope(other.http().get(path), 403, "FORBIDDEN");
        assertEnvelope(other.http().post(path + "/generate", null), 403, "FORBIDDEN");
        assertThat(admin().get(path).status()).isEqualTo(200);
        assertEnvelope(admin().get("/ml/v1/recommendations/user/987654321"), 404, "NOT_FOUND");
        assertEnvelope(other.http().get("/ml/v1/recommendations/user/987654321"), 403, "FORBIDDEN");
    }

    @Test
    void badInputIs4xxAndStoresNothing() {
        Customer customer = newCustomer();
        long archived = newProduct("Archived " + unique());
        admin().post("/api/v1/admin/products/" + archived + "/archive", null);

        assertRefused(() -> anonymous().get("/ml/v1/recommendations/popular?limit=0"), 400, "BAD_REQUEST", "limit");
        assertRefused(() -> anonymous().get("/ml/v1/recommendations/popular?limit=101"), 400, "BAD_REQUEST", "limit");
        assertRefused(() -> anonymous().get("/ml/v1/recommendations/popular?days=0"), 400, "BAD_REQUEST", "days");
        assertRefused(() -> anonymous().get("/ml/v1/recommendations/trending?limit=x"), 400, "BAD_REQUEST", "limit");
        assertRefused(() -> anonymous().get("/ml/v1/recommendations/product/abc/similar"), 400, "BAD_REQUEST",
                "product_id");
        assertRefused(() -> anonymous().get("/ml/v1/recommendations/product/987654321/similar"), 404, "NOT_FOUND",
                null);
        eventually(() -> assertEnvelope(anonymous().get("/ml/v1/recommendations/product/" + archived + "/similar"),
                404, "NOT_FOUND"));
        assertRefused(() -> customer.http().get("/ml/v1/recommendations/user/abc"), 400, "BAD_REQUEST", "user_id");
        assertRefused(() -> anonymous().post("/ml/v1/recommendations/skin-based", Map.of("skin_type", "greasy")),
                400, "BAD_REQUEST", "skin_type");
        assertRefused(() -> anonymous().post("/ml/v1/recommendations/skin-based", Map.of()), 400,
                "VALIDATION_FAILED", "skin_type");
        assertRefused(() -> anonymous().post("/ml/v1/recommendations/skin-based", Map.of("skin_type", "oily",
                "budget_range", Map.of("min", 20, "max", 10))), 400, "BAD_REQUEST", "budget_range.min");
        assertRefused(() -> anonymous().post("/ml/v1/recommendations/skin-based", Map.of("skin_type", "oily",
                "budget_range", Map.of("min", -1))), 400, "VALIDATION_FAILED", "budget_range.min");
        assertThat(stored(customer.id())).as("a refused read stores no document").isNull();
    }
}
