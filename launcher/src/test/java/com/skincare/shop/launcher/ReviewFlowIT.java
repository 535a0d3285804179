package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.skincare.shop.launcher.CatalogRequests.product;
import static org.assertj.core.api.Assertions.assertThat;

/** Reviews end to end: submitted, moderated, public, rated on the product, found helpful, edited and deleted. */
class ReviewFlowIT extends ShopIT {

    private long newProduct() {
        Http.Answer created = admin().post("/api/v1/admin/products", product(unique()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.data().path("id").asLong();
        eventually(() -> assertThat(anonymous().get("/api/v1/products/" + id).status()).isEqualTo(200));
        return id;
    }

    private long review(Customer customer, long productId, int rating) {
        Http.Answer submitted = customer.http().post("/api/v1/reviews", Map.of("product_id", productId,
                "rating", rating, "title", "Rating " + rating, "comment", "ស្បែកខ្ញុំភ្លឺ"));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat(submitted.data().path("status").asText()).isEqualTo("pending");
        return submitted.data().path("id").asLong();
    }

    private JsonNode publicReviews(long productId) {
        Http.Answer answer = anonymous().get("/api/v1/products/" + productId + "/reviews");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.data();
    }

    @Test
    void aReviewIsPublicOnlyOnceApprovedAndTheProductCarriesItsRating() {
        long productId = newProduct();
        Customer sophea = newCustomer();
        Customer dara = newCustomer();
        Customer moderator = newModerator();
        long first = review(sophea, productId, 4);
        long second = review(dara, productId, 5);

        eventually(() -> assertThat(sophea.http().get("/api/v1/user/reviews").data().path("data")
                .findValuesAsText("status")).containsExactly("pending"));
        assertThat(publicReviews(productId).path("total_items").asLong()).as("pending is not public").isZero();

        assertThat(moderator.http().put("/api/v1/admin/reviews/" + first + "/status", Map.of("status", "approved"))
                .status()).isEqualTo(200);
        Http.Answer bulk = moderator.http().post("/api/v1/admin/reviews/bulk-approve",
                Map.of("review_ids", List.of(second, 987654321L)));
        assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);
        assertThat(bulk.data().path("succeeded").get(0).asLong()).isEqualTo(second);
        assertThat(bulk.data().path("failed").get(0).path("id").asLong()).isEqualTo(987654321L);
        assertThat(bulk.data().path("failed").get(0).path("code").asText()).isEqualTo("NOT_FOUND");

        eventually(() -> {
            JsonNode reviews = publicReviews(productId);
            assertThat(reviews.path("total_items").asLong()).isEqualTo(2);
            assertThat(reviews.path("data").findValuesAsText("customer_name")).containsExactly("Sophea C.", "Sophea C.");
            assertThat(reviews.toString()).doesNotContain(sophea.email(), dara.email());
            JsonNode product = anonymous().get("/api/v1/products/" + productId).data();
            assertThat(product.path("review_count").asInt()).isEqualTo(2);
            assertThat(product.path("average_rating").decimalValue()).isEqualByComparingTo("4.50");
        });
    }

    @Test
    void helpfulCountsEachCustomerOnceAndNeverTheAuthor() {
        long productId = newProduct();
        Customer author = newCustomer();
        Customer reader = newCustomer();
        long id = review(author, productId, 5);
        assertThat(reader.http().post("/api/v1/reviews/" + id + "/helpful", null).status())
                .as("a pending review is not public").isEqualTo(404);
        admin().put("/api/v1/admin/reviews/" + id + "/status", Map.of("status", "approved"));

        assertThat(reader.http().post("/api/v1/reviews/" + id + "/helpful", null).status()).isEqualTo(200);
        Http.Answer again = reader.http().post("/api/v1/reviews/" + id + "/helpful", null);
        Http.Answer own = author.http().post("/api/v1/reviews/" + id + "/helpful", null);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ALREADY_MARKED_HELPFUL");
        assertThat(own.status()).isEqualTo(422);
        assertThat(anonymous().post("/api/v1/reviews/" + id + "/helpful", null).status()).isEqualTo(401);
        eventually(() -> assertThat(publicReviews(productId).path("data").get(0).path("helpful_count").asInt())
                .isEqualTo(1));
    }

    @Test
    void anEditGoesBackToModerationAndOnlyTheAuthorEditsOrDeletes() {
        long productId = newProduct();
        Customer author = newCustomer();
        Customer other = newCustomer();
        long id = review(author, productId, 2);
        admin().put("/api/v1/admin/reviews/" + id + "/status", Map.of("status", "approved"));
        eventually(() -> assertThat(publicReviews(productId).path("total_items").asLong()).isEqualTo(1));

        Map<String, Object> edit = Map.of("rating", 4, "title", "Better after a month");
        assertThat(other.http().put("/api/v1/reviews/" + id, edit).status()).isEqualTo(404);
        assertThat(other.http().delete("/api/v1/reviews/" + id).status()).isEqualTo(404);
        assertThat(author.http().put("/api/v1/reviews/" + id, edit).status()).isEqualTo(200);

        eventually(() -> {
            assertThat(publicReviews(productId).path("total_items").asLong()).isZero();
            JsonNode mine = author.http().get("/api/v1/user/reviews").data().path("data").get(0);
            assertThat(mine.path("status").asText()).isEqualTo("pending");
            assertThat(mine.path("rating").asInt()).isEqualTo(4);
        });

        assertThat(author.http().delete("/api/v1/reviews/" + id).status()).isEqualTo(200);
        eventually(() -> assertThat(author.http().get("/api/v1/user/reviews").data().path("total_items").asLong())
                .isZero());
        assertThat(author.http().post("/api/v1/reviews", Map.of("product_id", productId, "rating", 3)).status())
                .as("after deleting, the customer may review the product again").isEqualTo(201);
    }

    @Test
    void moderatorsListFilterAndDeleteAndAdminsSeeACustomersReviews() {
        long productId = newProduct();
        Customer author = newCustomer();
        Customer moderator = newModerator();
        long id = review(author, productId, 1);

        eventually(() -> {
            Http.Answer pending = moderator.http().get("/api/v1/admin/reviews?status=pending&product_id=" + productId);
            assertThat(pending.status()).as(pending.toString()).isEqualTo(200);
            assertThat(pending.data().path("data").findValuesAsText("id")).containsExactly(Long.toString(id));
            assertThat(moderator.http().get("/api/v1/admin/reviews/" + id).data().path("rating").asInt()).isEqualTo(1);
            assertThat(admin().get("/api/v1/admin/customers/" + author.id() + "/reviews").data()
                    .path("data").findValuesAsText("id")).containsExactly(Long.toString(id));
        });
        assertThat(moderator.http().get("/api/v1/admin/customers/" + author.id() + "/reviews").status())
                .as("a customer's page is the admin's").isEqualTo(403);
        Http.Answer rejected = moderator.http().post("/api/v1/admin/reviews/bulk-update",
                Map.of("review_ids", List.of(id), "status", "rejected"));
        assertThat(rejected.data().path("succeeded").get(0).asLong()).isEqualTo(id);
        assertThat(moderator.http().delete("/api/v1/admin/reviews/" + id).status()).isEqualTo(200);
        eventually(() -> assertThat(moderator.http().get("/api/v1/admin/reviews/" + id).status()).isEqualTo(404));
    }

    @Test
    void badReviewsAre4xxAndStoreNothing() {
        long productId = newProduct();
        Customer customer = newCustomer();
        review(customer, productId, 5);
        long before = storedEvents();

        Http.Answer zero = customer.http().post("/api/v1/reviews", Map.of("product_id", productId, "rating", 0));
        Http.Answer six = customer.http().post("/api/v1/reviews", Map.of("product_id", productId, "rating", 6));
        Http.Answer noRating = customer.http().post("/api/v1/reviews", Map.of("product_id", productId));
        Http.Answer noProduct = customer.http().post("/api/v1/reviews", Map.of("rating", 4));
        Http.Answer unknown = customer.http().post("/api/v1/reviews", Map.of("product_id", 987654321, "rating", 4));
        Http.Answer twice = customer.http().post("/api/v1/reviews", Map.of("product_id", productId, "rating", 4));
        Http.Answer longTitle = customer.http().post("/api/v1/reviews",
                Map.of("product_id", productId, "rating", 4, "title", "t".repeat(256)));
        Http.Answer pendingStatus = admin().put("/api/v1/admin/reviews/1/status", Map.of("status", "pending"));
        Http.Answer unknownStatus = admin().put("/api/v1/admin/reviews/1/status", Map.of("status", "maybe"));
        Http.Answer emptyBulk = admin().post("/api/v1/admin/reviews/bulk-approve", Map.of("review_ids", List.of()));
        Http.Answer badSort = admin().get("/api/v1/admin/reviews?sort=author");
        Http.Answer badRating = admin().get("/api/v1/admin/reviews?rating=9");

        assertThat(List.of(zero, six, noRating, noProduct, longTitle)).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.code()).isEqualTo("VALIDATION_FAILED");
        });
        assertThat(zero.json().path("error").path("details").findValuesAsText("field")).containsExactly("rating");
        assertThat(noProduct.json().path("error").path("details").findValuesAsText("field")).containsExactly("product_id");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("PRODUCT_NOT_FOUND");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("ALREADY_REVIEWED");
        assertThat(pendingStatus.status()).isIn(400, 404);
        assertThat(unknownStatus.status()).isEqualTo(400);
        assertThat(emptyBulk.status()).isEqualTo(400);
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badRating.status()).isEqualTo(400);
        assertThat(anonymous().get("/api/v1/products/987654321/reviews").status()).isEqualTo(404);
        assertThat(storedEvents()).isEqualTo(before);
    }
}
