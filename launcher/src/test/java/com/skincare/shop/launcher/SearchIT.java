package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.skincare.shop.launcher.CatalogRequests.category;
import static com.skincare.shop.launcher.CatalogRequests.product;
import static com.skincare.shop.launcher.CatalogRequests.with;
import static com.skincare.shop.launcher.CatalogRequests.without;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product search over HTTP: products with Khmer names created through the admin API are found by Khmer and
 * English text in the list and in {@code /products/search} with its facets, and suggested by name; bad search
 * input is a 400 in the envelope. Each test's products carry the test's own number in Khmer digits, so the
 * products of other tests and the demo catalog never match. The tests only read, so they share one set.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIT extends ShopIT {

    private static final String MUGWORT = "ស្លឹកគ្រៃ";

    private String suffix;
    /** Mugwort and the test's number in Khmer digits: in every Khmer name of this test, in no other product. */
    private String khmerKey;
    private long serum;
    private long cream;
    private long mask;
    private long toner;
    private String categorySlug;

    @BeforeAll
    void createTheProducts() {
        suffix = unique();
        khmerKey = MUGWORT + khmerDigits(suffix);
        Http.Answer categoryCreated = admin().post("/api/v1/admin/categories", category(suffix));
        assertThat(categoryCreated.status()).as(categoryCreated.toString()).isEqualTo(201);
        categorySlug = categoryCreated.data().path("slug").asText();

        serum = create("Mugwort Calming Serum", "សេរ៉ូម" + khmerKey, "serums", "sensitive", 21.00, 5,
                List.of("redness", "acne"), List.of(categoryCreated.data().path("id").asLong()));
        cream = create("Mugwort Night Cream", "ក្រែមយប់" + khmerKey, "moisturizers", "dry", 35.00, 0,
                List.of("dryness"), List.of());
        mask = create("Mugwort Clay Mask", "ម៉ាស់ដី" + khmerKey, "masks", "all", 12.00, 3, List.of("acne"),
                List.of());
        toner = create("Pure Mugwort Toner", khmerKey + "ទឹកបន្ទន់ស្បែក", "toners", "oily", 8.00, 10, List.of(),
                List.of());
        eventually(() -> assertThat(ids(list("search=" + encoded(khmerKey)))).hasSize(4));
    }

    @Test
    void theListFindsKhmerAndEnglishTextAndFilters() {
        String khmer = "search=" + encoded(khmerKey);
        assertThat(ids(list(khmer))).containsExactlyInAnyOrder(serum, cream, mask, toner);
        assertThat(ids(list("search=" + encoded("សេរ៉ូម" + khmerKey)))).containsExactly(serum);
        assertThat(ids(list("search=" + encoded("mugwort creams " + suffix)))).as("stemmed English words")
                .containsExactly(cream);

        assertThat(ids(list(khmer + "&concern=acne"))).containsExactlyInAnyOrder(serum, mask);
        assertThat(ids(list(khmer + "&in_stock=true"))).containsExactlyInAnyOrder(serum, mask, toner);
        assertThat(ids(list(khmer + "&in_stock=false"))).containsExactly(cream);
        assertThat(ids(list(khmer + "&min_price=20&max_price=40"))).containsExactlyInAnyOrder(serum, cream);
        assertThat(ids(list(khmer + "&sort=price&order=asc"))).containsExactly(toner, mask, serum, cream);
        assertThat(ids(list(khmer))).as("relevance: the name starting with the search first").startsWith(toner);
    }

    @Test
    void theSearchAnswersThePageAndTheFacetsOfEveryMatch() {
        JsonNode found = anonymous().get("/api/v1/products/search?limit=2&q=" + encoded(khmerKey)).data();

        assertThat(found.path("data")).hasSize(2);
        assertThat(found.path("current_page").asInt()).isEqualTo(1);
        assertThat(found.path("per_page").asInt()).isEqualTo(2);
        assertThat(found.path("total_items").asLong()).isEqualTo(4);
        assertThat(found.path("total_pages").asInt()).isEqualTo(2);
        assertThat(found.path("has_next_page").asBoolean()).isTrue();
        assertThat(found.path("has_prev_page").asBoolean()).isFalse();
        assertThat(facets(found, "category")).containsExactly(
                Map.entry("masks", 1L), Map.entry("moisturizers", 1L), Map.entry("serums", 1L),
                Map.entry("toners", 1L), Map.entry(categorySlug, 1L));
        // Sensitive, dry, oily and all: each skin type also counts the mask, made for all.
        assertThat(facets(found, "skin_type")).containsExactly(
                Map.entry("dry", 2L), Map.entry("oily", 2L), Map.entry("sensitive", 2L), Map.entry("all", 1L),
                Map.entry("combination", 1L), Map.entry("normal", 1L));

        JsonNode dry = anonymous().get("/api/v1/products/search?skin_type=dry&q=" + encoded(khmerKey)).data();
        assertThat(ids(dry)).containsExactlyInAnyOrder(cream, mask);
        assertThat(facets(dry, "category")).containsExactly(Map.entry("masks", 1L), Map.entry("moisturizers", 1L));
        assertThat(facets(dry, "skin_type")).as("the skin type facet ignores its own filter")
                .containsExactlyElementsOf(facets(found, "skin_type"));
    }

    @Test
    void theMlServiceSearchAnswersAsTheShopsSearch() {
        Http.Answer dry = anonymous().post("/ml/v1/search/products", Map.of("query", khmerKey,
                "filters", Map.of("skin_type", "dry"), "limit", 5));
        assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
        assertThat(ids(dry.data())).containsExactlyInAnyOrder(cream, mask);

        Http.Answer posted = anonymous().post("/ml/v1/search/products", Map.of("query", khmerKey,
                "filters", Map.of("skin_type", "dry", "min_price", 0, "in_stock", true), "limit", 5));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
        JsonNode got = anonymous().get("/api/v1/products/search?skin_type=dry&min_price=0&in_stock=true&limit=5&q="
                + encoded(khmerKey)).data();
        assertThat(ids(posted.data())).containsExactlyElementsOf(ids(got));
        assertThat(posted.data().path("facets")).isEqualTo(got.path("facets"));

        assertRefused(anonymous().post("/ml/v1/search/products", Map.of("filters", Map.of("category", "serums"))),
                "query");
        assertRefused(anonymous().post("/ml/v1/search/products", Map.of("query", "serum",
                "filters", Map.of("min_price", 30, "max_price", 10))), "min_price");
        assertRefused(anonymous().post("/ml/v1/search/products", Map.of("query", "serum", "limit", 1000)), "limit");
        Http.Answer wrongType = anonymous().post("/ml/v1/search/products", Map.of("query", "serum",
                "filters", Map.of("min_price", "cheap")));
        assertThat(wrongType.status()).as(wrongType.toString()).isEqualTo(400);
        assertThat(wrongType.json().path("success").asBoolean(true)).isFalse();
    }

    @Test
    void suggestionsNameTheProductsPrefixMatchesFirst() {
        Http.Answer answer = anonymous().get("/ml/v1/search/suggestions?q=" + encoded(khmerKey));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.data().findValues("product_id").stream().map(JsonNode::asLong).toList())
                .containsExactly(toner, serum, mask, cream);
        assertThat(answer.data().get(0).path("name_kh").asText()).isEqualTo(khmerKey + "ទឹកបន្ទន់ស្បែក");

        Http.Answer two = anonymous().get("/ml/v1/search/suggestions?limit=2&q=" + encoded(khmerKey));
        assertThat(two.data().findValues("product_id").stream().map(JsonNode::asLong).toList())
                .containsExactly(toner, serum);
    }

    @Test
    void badSearchInputIsA400InTheEnvelope() {
        String tenThousand = "a".repeat(10_000);
        assertRefused(anonymous().get("/api/v1/products?search=" + tenThousand), "search");
        assertRefused(anonymous().get("/api/v1/products/search?q=" + tenThousand), "q");
        assertRefused(anonymous().get("/ml/v1/search/suggestions?q=" + tenThousand), "q");
        assertRefused(anonymous().get("/api/v1/products?sort=popularity"), "sort");
        assertRefused(anonymous().get("/api/v1/products/search?q=serum&sort=popularity"), "sort");
        assertRefused(anonymous().get("/api/v1/products?min_price=30&max_price=10"), "min_price");
        assertRefused(anonymous().get("/api/v1/products/search?q=serum&min_price=30&max_price=10"), "min_price");
        assertRefused(anonymous().get("/api/v1/products?in_stock=maybe"), "in_stock");
        assertRefused(anonymous().get("/api/v1/products?concern=acne%00"), "concern");
        assertRefused(anonymous().get("/api/v1/products/search?q=serum&category=%00"), "category");
        Http.Answer tooLongForTheServer = anonymous().get("/api/v1/products/search?q=" + encoded("ស".repeat(10_000)));
        assertThat(tooLongForTheServer.status()).as("refused before the application reads it").isEqualTo(400);
        assertThat(tooLongForTheServer.json().path("error").path("code").asText()).isEqualTo("BAD_REQUEST");
        assertRefused(anonymous().get("/api/v1/products/search"), "q");
        assertRefused(anonymous().get("/api/v1/products/search?q=%20%20"), "q");
        assertRefused(anonymous().get("/ml/v1/search/suggestions"), "q");
        assertRefused(anonymous().get("/ml/v1/search/suggestions?q=serum&limit=21"), "limit");
    }

    @Test
    void controlCharactersInASearchAreWhiteSpace() {
        assertThat(ids(list("search=" + encoded(MUGWORT + "\u0000\t" + khmerDigits(suffix))))).isEmpty();
        assertThat(ids(list("search=" + encoded("\u0000" + khmerKey + "\u0000"))))
                .containsExactlyInAnyOrder(serum, cream, mask, toner);
    }

    private long create(String nameEn, String nameKh, String category, String skinType, double price, int stock,
                        List<String> concerns, List<Long> categoryIds) {
        Map<String, Object> body = without(product(suffix + "-" + category), "compare_at_price");
        body = with(body, "name_en", nameEn + " " + suffix);
        body = with(body, "name_kh", nameKh);
        body = with(body, "category", category);
        body = with(body, "skin_type", skinType);
        body = with(body, "price", price);
        body = with(body, "stock", stock);
        body = with(body, "skin_concerns", concerns);
        body = with(body, "category_ids", categoryIds);
        Http.Answer created = admin().post("/api/v1/admin/products", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().path("id").asLong();
    }

    private JsonNode list(String query) {
        Http.Answer answer = anonymous().get("/api/v1/products?limit=100&" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.data();
    }

    private static void assertRefused(Http.Answer answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        JsonNode json = answer.json();
        assertThat(json.path("success").isBoolean() && !json.path("success").asBoolean()).as(answer.toString())
                .isTrue();
        assertThat(json.path("message").asText()).isNotBlank();
        assertThat(json.path("error").path("code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(json.path("error").path("details").findValuesAsText("field")).as(answer.toString())
                .containsExactly(field);
    }

    private static List<Map.Entry<String, Long>> facets(JsonNode page, String facet) {
        List<Map.Entry<String, Long>> counts = new ArrayList<>();
        page.path("facets").path(facet).forEach(f -> counts.add(Map.entry(f.path("value").asText(),
                f.path("count").asLong())));
        return counts;
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.path("data").forEach(p -> ids.add(p.path("id").asLong()));
        return ids;
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String khmerDigits(String number) {
        StringBuilder digits = new StringBuilder();
        number.chars().forEach(c -> digits.append((char) ('០' + (c - '0'))));
        return digits.toString();
    }
}
