package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.skincare.shop.launcher.CatalogRequests.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Skin analysis over HTTP: a questionnaire in, its skin type and concerns out, then the routine of catalog
 * products and the user's recommendations for that skin; feedback; products by concern; who may read an
 * analysis; bad answers refused with nothing stored.
 */
class SkinAnalysisIT extends ShopIT {

    private static Map<String, Object> answers() {
        Map<String, Object> body = new HashMap<>();
        body.put("oiliness", 5);
        body.put("dryness", 1);
        body.put("sensitivity", 2);
        body.put("breakouts", 4);
        body.put("t_zone_oily", false);
        body.put("age_range", "18_24");
        body.put("concerns", List.of("large pores"));
        return body;
    }

    private long newProduct(String category, String skinType, List<String> concerns) {
        Map<String, Object> body = product(unique());
        body.put("category", category);
        body.put("skin_type", skinType);
        body.put("skin_concerns", concerns);
        Http.Answer created = admin().post("/api/v1/admin/products", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.data().path("id").asLong();
        eventually(() -> assertThat(anonymous().get("/api/v1/products/" + id).status()).isEqualTo(200));
        return id;
    }

    @Test
    void aQuestionnaireGivesASkinTypeConcernsARoutineAndRecommendationsForThatSkin() {
        String concern = "oiliness";
        newProduct("cleansers", "oily", List.of(concern, "acne"));
        Customer customer = newCustomer();
        JsonNode before = customer.http().get("/ml/v1/recommendations/user/" + customer.id()).data();
        assertThat(before.path("skin_profile").path("skin_type").asText()).isEqualTo("combination");

        Http.Answer analysed = customer.http().post("/ml/v1/skin-analysis/analyze", answers());

        assertThat(analysed.status()).as(analysed.toString()).isEqualTo(201);
        JsonNode result = analysed.data();
        assertThat(result.path("analysis_id").asInt()).isEqualTo(1);
        assertThat(result.path("skin_type").asText()).isEqualTo("oily");
        assertThat(result.path("concerns").toString()).isEqualTo("[\"acne\",\"large pores\",\"oiliness\"]");
        assertThat(result.path("method").asText()).isEqualTo("questionnaire");
        assertThat(result.path("note").asText()).contains("no image model");
        String routineUrl = result.path("routine_url").asText();
        assertThat(routineUrl).isEqualTo("/ml/v1/skin-analysis/recommendations/" + customer.id());

        eventually(() -> {
            Http.Answer read = customer.http().get(routineUrl);
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            JsonNode analysis = read.data();
            assertThat(analysis.path("analysis_id").asInt()).isEqualTo(1);
            assertThat(analysis.path("skin_type").asText()).isEqualTo("oily");
            assertThat(analysis.path("questionnaire").path("t_zone_oily").asBoolean()).isFalse();
            assertThat(analysis.path("questionnaire").path("age_range").asText()).isEqualTo("18_24");
            assertThat(analysis.path("routine").findValuesAsText("step"))
                    .containsExactly("cleanser", "treatment", "moisturiser", "sunscreen");
            JsonNode cleanser = analysis.path("routine").get(0);
            assertThat(cleanser.path("product_id").isNull()).isFalse();
            assertThat(cleanser.path("reason").asText()).startsWith("matches oily skin and ");
            assertThat(analysis.path("recommended_products").size()).isPositive();
        });
        assertThat(customer.http().get("/api/v1/recommendations/skin-analysis").data().path("analysis_id").asInt())
                .isEqualTo(1);

        // The analysis is the user's skin now: their recommendations are expired and made for it.
        eventually(() -> {
            JsonNode now = customer.http().get("/ml/v1/recommendations/user/" + customer.id()).data();
            assertThat(now.path("skin_profile").path("skin_type").asText()).isEqualTo("oily");
            assertThat(now.path("skin_profile").path("concerns").toString())
                    .isEqualTo("[\"acne\",\"large pores\",\"oiliness\"]");
            assertThat(now.path("skin_profile").path("age_range").asText()).isEqualTo("18_24");
        });

        Http.Answer feedback = customer.http().post("/ml/v1/skin-analysis/feedback",
                Map.of("analysis_id", 1, "rating", 4, "accurate", true, "comment", "Right about the pores"));
        assertThat(feedback.status()).as(feedback.toString()).isEqualTo(200);
        eventually(() -> {
            JsonNode given = customer.http().get(routineUrl).data().path("feedback");
            assertThat(given.path("rating").asInt()).isEqualTo(4);
            assertThat(given.path("comment").asText()).isEqualTo("Right about the pores");
        });

        Http.Answer second = customer.http().post("/ml/v1/skin-analysis/analyze", answers());
        assertThat(second.data().path("analysis_id").asInt()).isEqualTo(2);
        eventually(() -> assertThat(customer.http().get(routineUrl).data().path("analysis_id").asInt()).isEqualTo(2));
    }

    @Test
    void productsByConcernArePublic() {
        String concern = "concern-" + unique();
        long treats = newProduct("serums", "all", List.of(concern));
        newProduct("serums", "all", List.of("dryness"));

        Http.Answer found = anonymous().get("/ml/v1/skin-analysis/products-by-concern?concern="
                + concern.toUpperCase());
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.data().path("recommended_products").findValuesAsText("product_id"))
                .containsExactly(String.valueOf(treats));
        assertThat(found.data().path("recommended_products").get(0).path("reason").asText())
                .isEqualTo("treats " + concern);
    }

    @Test
    void anAnalysisIsForItsUserAndAdminsOnly() {
        Customer owner = newCustomer();
        Customer other = newCustomer();
        assertThat(owner.http().post("/ml/v1/skin-analysis/analyze", answers()).status()).isEqualTo(201);
        String path = "/ml/v1/skin-analysis/recommendations/" + owner.id();

        assertThat(anonymous().get(path).status()).isEqualTo(401);
        assertThat(anonymous().post("/ml/v1/skin-analysis/analyze", answers()).status()).isEqualTo(401);
        assertThat(anonymous().get("/api/v1/recommendations/skin-analysis").status()).isEqualTo(401);
        assertEnvelope(other.http().get(path), 403, "FORBIDDEN");
        eventually(() -> assertThat(admin().get(path).status()).isEqualTo(200));
        assertEnvelope(other.http().get("/api/v1/recommendations/skin-analysis"), 404, "NOT_FOUND");
        assertEnvelope(admin().get("/ml/v1/skin-analysis/recommendations/987654321"), 404, "NOT_FOUND");
    }

    @Test
    void badAnswersAre4xxAndStoreNothing() {
        Customer customer = newCustomer();
        String analyze = "/ml/v1/skin-analysis/analyze";

        assertRefused(() -> customer.http().post(analyze, CatalogRequests.with(answers(), "oiliness", 6)), 400,
                "VALIDATION_FAILED", "oiliness");
        assertRefused(() -> customer.http().post(analyze, CatalogRequests.without(answers(), "breakouts")), 400,
                "VALIDATION_FAILED", "breakouts");
        assertRefused(() -> customer.http().post(analyze, CatalogRequests.with(answers(), "age_range", "teen")), 400,
                "BAD_REQUEST", "age_range");
        assertRefused(() -> customer.http().post(analyze, CatalogRequests.with(answers(), "concerns",
                List.of("freckles"))), 400, "BAD_REQUEST", "concerns");
        assertRefused(() -> customer.http().post(analyze, CatalogRequests.with(answers(), "dryness", "very")), 400,
                "VALIDATION_FAILED", "dryness");
        assertRefused(() -> customer.http().post("/ml/v1/skin-analysis/feedback",
                Map.of("analysis_id", 1, "rating", 4)), 404, "ANALYSIS_NOT_FOUND", null);
        assertRefused(() -> customer.http().post("/ml/v1/skin-analysis/feedback",
                Map.of("analysis_id", 1, "rating", 0)), 400, "VALIDATION_FAILED", "rating");
        assertRefused(() -> anonymous().get("/ml/v1/skin-analysis/products-by-concern"), 400, "BAD_REQUEST",
                "concern");
        assertRefused(() -> anonymous().get("/ml/v1/skin-analysis/products-by-concern?concern=acne&limit=500"), 400,
                "BAD_REQUEST", "limit");
        assertRefused(() -> customer.http().get("/ml/v1/skin-analysis/recommendations/x"), 400, "BAD_REQUEST",
                "user_id");
    }
}
