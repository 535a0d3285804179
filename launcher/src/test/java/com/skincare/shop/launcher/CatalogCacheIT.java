package com.skincare.shop.launcher;

import com.skincare.shop.web.redis.ShopRedisProperties;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static com.skincare.shop.launcher.CatalogRequests.category;
import static com.skincare.shop.launcher.CatalogRequests.product;
import static com.skincare.shop.launcher.CatalogRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog cache in Redis in front of the shopper's reads: served from the cache until the catalog projection
 * applies a change, and from then on never the old answer again.
 */
class CatalogCacheIT extends ShopIT {

    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(1);

    @Autowired
    private StringRedisTemplate redis;

    @Autowired
    private ShopRedisProperties keys;

    @Test
    void aProductIsServedFromTheCacheAndNeverStaleAfterAnUpdate() {
        String suffix = unique();
        long id = admin().post("/api/v1/admin/products", product(suffix)).data().path("id").asLong();
        String path = "/api/v1/products/" + id;
        eventually(() -> assertThat(anonymous().get(path).status()).isEqualTo(200));
        anonymous().get(path);
        Http.Answer cached = anonymous().get(path);
        assertThat(cached.header("X-Cache")).contains("HIT");
        assertThat(redisValue("api:product:" + id)).contains("\"price\":14.50");

        Http.Answer updated = admin().put("/api/v1/admin/products/" + id, with(product(suffix), "price", 12.00));
        assertThat(updated.status()).isEqualTo(200);
        newAnswerWithinASecondAndNeverTheOldOneAgain(path, "12.00");
    }

    @Test
    void aListPageFollowsAnUpdateOfOneOfItsProducts() {
        String suffix = unique();
        long categoryId = admin().post("/api/v1/admin/categories", category(suffix)).data().path("id").asLong();
        long id = admin().post("/api/v1/admin/products", with(product(suffix), "category_ids", List.of(categoryId)))
                .data().path("id").asLong();
        String path = "/api/v1/categories/toners-" + suffix + "/products?limit=5";
        eventually(() -> assertThat(anonymous().get(path).data().path("total_items").asLong()).isEqualTo(1));
        assertThat(anonymous().get(path).header("X-Cache")).contains("HIT");

        admin().put("/api/v1/admin/products/" + id,
                with(with(product(suffix), "category_ids", List.of(categoryId)), "price", 9.99));
        newAnswerWithinASecondAndNeverTheOldOneAgain(path, "9.99");
    }

    @Test
    void theCategoryListFollowsANewCategory() {
        anonymous().get("/api/v1/categories");
        assertThat(anonymous().get("/api/v1/categories").header("X-Cache")).contains("HIT");
        String suffix = unique();
        admin().post("/api/v1/admin/categories", category(suffix));
        Awaitility.await().atMost(VISIBLE_WITHIN).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                assertThat(anonymous().get("/api/v1/categories").data().path("data").findValuesAsText("slug"))
                        .contains("toners-" + suffix));
    }

    @Test
    void adminsReadPastTheCacheAndRefusalsAreNotCached() {
        long id = admin().post("/api/v1/admin/products", product(unique())).data().path("id").asLong();
        eventually(() -> assertThat(admin().get("/api/v1/admin/products/" + id).status()).isEqualTo(200));
        assertThat(admin().get("/api/v1/admin/products/" + id).header("X-Cache")).isEmpty();

        assertThat(anonymous().get("/api/v1/products/987654321").status()).isEqualTo(404);
        assertThat(anonymous().get("/api/v1/products/987654321").status()).isEqualTo(404);
        assertThat(redisValue("api:product:987654321")).isNull();
    }

    @Test
    void hitsAndMissesAreMetrics() throws Exception {
        long id = admin().post("/api/v1/admin/products", product(unique())).data().path("id").asLong();
        eventually(() -> assertThat(anonymous().get("/api/v1/products/" + id).status()).isEqualTo(200));
        anonymous().get("/api/v1/products/" + id);

        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/prometheus")).header("Accept", "text/plain").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).containsPattern("shop_cache_requests_total\\{cache=\"product\",result=\"hit\"[^}]*} [1-9]");
        assertThat(metrics).containsPattern("shop_cache_requests_total\\{cache=\"product\",result=\"miss\"[^}]*} [1-9]");
    }

    /**
     * Polls from the moment the write was answered: the new value must show within a second, and once a read
     * answered it, twenty more in a row must too.
     */
    private void newAnswerWithinASecondAndNeverTheOldOneAgain(String path, String price) {
        BigDecimal expected = new BigDecimal(price);
        Awaitility.await().atMost(VISIBLE_WITHIN).pollInterval(Duration.ofMillis(10)).untilAsserted(() ->
                assertThat(prices(anonymous().get(path))).allMatch(p -> p.compareTo(expected) == 0));
        for (int i = 0; i < 20; i++) {
            assertThat(prices(anonymous().get(path))).allMatch(p -> p.compareTo(expected) == 0);
        }
    }

    private static List<BigDecimal> prices(Http.Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        return answer.data().has("price") ? List.of(answer.data().path("price").decimalValue())
                : answer.data().path("data").findValues("price").stream().map(n -> n.decimalValue()).toList();
    }

    private String redisValue(String key) {
        return redis.opsForValue().get(keys.key(key));
    }
}
