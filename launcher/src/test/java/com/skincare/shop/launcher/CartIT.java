package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.skincare.shop.web.redis.ShopRedisProperties;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static com.skincare.shop.launcher.CatalogRequests.product;
import static com.skincare.shop.launcher.CatalogRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's cart over HTTP: add, update, remove, clear, with the products and totals; the stock and the
 * product's status decide what may go in; each customer sees only their own; {@code cart:{user_id}} in Redis is
 * the seed's shape for 7 days and never answers an old cart after a change.
 */
class CartIT extends ShopIT {

    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(2);

    @Autowired
    private StringRedisTemplate redis;

    @Autowired
    private ShopRedisProperties keys;

    @Autowired
    private ObjectMapper json;

    private long newProduct(Map<String, Object> body) {
        Http.Answer created = admin().post("/api/v1/admin/products", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.data().path("id").asLong();
        eventually(() -> assertThat(admin().get("/api/v1/admin/products/" + id).status()).isEqualTo(200));
        return id;
    }

    private long newProduct() {
        return newProduct(product(unique()));
    }

    private static Map<String, Object> add(long productId, Object quantity) {
        Map<String, Object> body = new HashMap<>();
        body.put("product_id", productId);
        body.put("quantity", quantity);
        return body;
    }

    private static JsonNode line(JsonNode cart, long productId) {
        for (JsonNode item : cart.path("items")) {
            if (item.path("product_id").asLong() == productId) {
                return item;
            }
        }
        return null;
    }

    @Test
    void aCartIsAddedToUpdatedRemovedFromAndClearedWithItsTotals() {
        Customer customer = newCustomer();
        long serum = newProduct();
        long toner = newProduct(with(with(product(unique()), "price", 9.90), "compare_at_price", 12.00));

        Http.Answer first = customer.http().post("/api/v1/cart/add", add(serum, 2));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.data().path("quantity").asInt()).isEqualTo(2);
        assertThat(customer.http().post("/api/v1/cart/add", add(toner, 1)).status()).isEqualTo(200);
        Http.Answer more = customer.http().post("/api/v1/cart/add", add(serum, 1));
        assertThat(more.data().path("quantity").asInt()).as("the line grows").isEqualTo(3);

        eventually(() -> {
            JsonNode cart = customer.http().get("/api/v1/cart").data();
            assertThat(cart.path("items").size()).isEqualTo(2);
            assertThat(cart.path("items").get(0).path("product_id").asLong()).as("oldest first").isEqualTo(serum);
            JsonNode serumLine = line(cart, serum);
            assertThat(serumLine.path("quantity").asInt()).isEqualTo(3);
            assertThat(serumLine.path("line_total").decimalValue()).isEqualByComparingTo("43.50");
            assertThat(serumLine.path("available").asBoolean()).isTrue();
            assertThat(serumLine.path("in_stock").asBoolean()).isTrue();
            assertThat(serumLine.path("product").path("name_kh").asText()).startsWith("ទឹកអង្ករ");
            assertThat(serumLine.path("product").path("price").decimalValue()).isEqualByComparingTo("14.50");
            assertThat(serumLine.path("product").path("stock").asInt()).isEqualTo(40);
            assertThat(cart.path("item_count").asInt()).isEqualTo(4);
            assertThat(cart.path("subtotal").decimalValue()).isEqualByComparingTo("53.40");
            assertThat(cart.path("shipping").decimalValue()).as("free from 50.00").isEqualByComparingTo("0");
            assertThat(cart.path("tax").decimalValue()).isEqualByComparingTo("0");
            assertThat(cart.path("total").decimalValue()).isEqualByComparingTo("53.40");
        });

        Http.Answer updated = customer.http().put("/api/v1/cart/update/" + serum, Map.of("quantity", 1));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        eventually(() -> {
            JsonNode cart = customer.http().get("/api/v1/cart").data();
            assertThat(line(cart, serum).path("quantity").asInt()).isEqualTo(1);
            assertThat(cart.path("subtotal").decimalValue()).isEqualByComparingTo("24.40");
            assertThat(cart.path("shipping").decimalValue()).isEqualByComparingTo("2.50");
            assertThat(cart.path("total").decimalValue()).isEqualByComparingTo("26.90");
        });

        assertThat(customer.http().delete("/api/v1/cart/remove/" + serum).status()).isEqualTo(200);
        eventually(() -> {
            JsonNode cart = customer.http().get("/api/v1/cart").data();
            assertThat(cart.path("items").size()).isEqualTo(1);
            assertThat(line(cart, serum)).isNull();
        });

        assertThat(customer.http().delete("/api/v1/cart/clear").status()).isEqualTo(200);
        eventually(() -> {
            JsonNode cart = customer.http().get("/api/v1/cart").data();
            assertThat(cart.path("items").size()).isZero();
            assertThat(cart.path("total").decimalValue()).isEqualByComparingTo("0");
        });
        assertThat(customer.http().delete("/api/v1/cart/clear").status()).as("an empty cart stays so").isEqualTo(200);
    }

    @Test
    void theStockAndTheProductsStatusDecideWhatMayGoIn() {
        Customer customer = newCustomer();
        long scarce = newProduct(with(product(unique()), "stock", 3));
        long backordered = newProduct(with(with(product(unique()), "stock", 0), "allow_backorders", true));
        long uncounted = newProduct(with(with(product(unique()), "stock", 0), "track_inventory", false));
        long archived = newProduct();
        admin().post("/api/v1/admin/products/" + archived + "/archive", null);
        long draft = newProduct(with(product(unique()), "status", "draft"));

        assertRefused(() -> customer.http().post("/api/v1/cart/add", add(scarce, 4)), 422, "INSUFFICIENT_STOCK", null);
        assertThat(customer.http().post("/api/v1/cart/add", add(scarce, 3)).status()).isEqualTo(200);
        assertRefused(() -> customer.http().post("/api/v1/cart/add", add(scarce, 1)), 422, "INSUFFICIENT_STOCK", null);
        assertRefused(() -> customer.http().put("/api/v1/cart/update/" + scarce, Map.of("quantity", 4)), 422,
                "INSUFFICIENT_STOCK", null);
        assertThat(customer.http().post("/api/v1/cart/add", add(backordered, 20)).status()).isEqualTo(200);
        assertThat(customer.http().post("/api/v1/cart/add", add(uncounted, 99)).status()).isEqualTo(200);
        assertRefused(() -> customer.http().post("/api/v1/cart/add", add(archived, 1)), 422, "PRODUCT_UNAVAILABLE",
                null);
        assertRefused(() -> customer.http().post("/api/v1/cart/add", add(draft, 1)), 422, "PRODUCT_UNAVAILABLE",
                null);

        assertThat(admin().put("/api/v1/admin/inventory/" + scarce, Map.of("stock", 10)).status()).isEqualTo(200);
        assertThat(customer.http().put("/api/v1/cart/update/" + scarce, Map.of("quantity", 8)).status())
                .as("the current stock, not what the read model had").isEqualTo(200);

        admin().post("/api/v1/admin/products/" + scarce + "/archive", null);
        eventually(() -> {
            JsonNode cart = customer.http().get("/api/v1/cart").data();
            assertThat(cart.path("items").size()).isEqualTo(3);
            assertThat(line(cart, scarce).path("available").asBoolean()).as("flagged, not dropped").isFalse();
            assertThat(cart.path("item_count").asInt()).as("out of the totals").isEqualTo(119);
        });
    }

    @Test
    void badCartRequestsAre4xxAndStoreNothing() {
        Customer customer = newCustomer();
        long serum = newProduct();
        assertThat(customer.http().post("/api/v1/cart/add", add(serum, 1)).status()).isEqualTo(200);

        for (Object quantity : new Object[]{0, -1, 1_000_000, 100, "abc", 1.5, 12_345_678_901L}) {
            assertRefused(() -> customer.http().post("/api/v1/cart/add", add(serum, quantity)), 400,
                    "VALIDATION_FAILED", "quantity");
            assertRefused(() -> customer.http().put("/api/v1/cart/update/" + serum, Map.of("quantity", quantity)),
                    400, "VALIDATION_FAILED", "quantity");
        }
        assertRefused(() -> customer.http().post("/api/v1/cart/add", Map.of("product_id", serum)), 400,
                "VALIDATION_FAILED", "quantity");
        assertRefused(() -> customer.http().post("/api/v1/cart/add", Map.of("quantity", 1)), 400,
                "VALIDATION_FAILED", "product_id");
        assertRefused(() -> customer.http().put("/api/v1/cart/update/" + serum, Map.of()), 400,
                "VALIDATION_FAILED", "quantity");
        assertRefused(() -> customer.http().post("/api/v1/cart/add", null), 400, "MALFORMED_JSON", null);
        assertRefused(() -> customer.http().put("/api/v1/cart/update/abc", Map.of("quantity", 1)), 400,
                "BAD_REQUEST", "product_id");
        assertRefused(() -> customer.http().delete("/api/v1/cart/remove/abc"), 400, "BAD_REQUEST", "product_id");
        assertRefused(() -> customer.http().post("/api/v1/cart/add", add(987654321, 1)), 404, "PRODUCT_NOT_FOUND",
                null);
        assertRefused(() -> customer.http().put("/api/v1/cart/update/987654321", Map.of("quantity", 1)), 404,
                "NOT_IN_CART", null);
        assertRefused(() -> customer.http().delete("/api/v1/cart/remove/987654321"), 404, "NOT_IN_CART", null);
        assertRefused(() -> customer.http().post("/api/v1/cart/add", add(serum, 99)), 422, "QUANTITY_LIMIT", null);
        assertThat(anonymous().get("/api/v1/cart").status()).isEqualTo(401);
    }

    @Test
    void aCustomerSeesOnlyTheirOwnCart() {
        Customer sophea = newCustomer();
        Customer dara = newCustomer();
        long serum = newProduct();
        sophea.http().post("/api/v1/cart/add", add(serum, 2));

        eventually(() -> assertThat(sophea.http().get("/api/v1/cart").data().path("items").size()).isEqualTo(1));
        assertThat(dara.http().get("/api/v1/cart").data().path("items").size()).isZero();
        assertRefused(() -> dara.http().put("/api/v1/cart/update/" + serum, Map.of("quantity", 5)), 404,
                "NOT_IN_CART", null);
        assertRefused(() -> dara.http().delete("/api/v1/cart/remove/" + serum), 404, "NOT_IN_CART", null);
        dara.http().delete("/api/v1/cart/clear");
        assertThat(line(sophea.http().get("/api/v1/cart").data(), serum).path("quantity").asInt()).isEqualTo(2);
    }

    @Test
    void redisKeepsTheCartInTheSeedsShapeForSevenDays() throws Exception {
        Customer customer = newCustomer();
        long serum = newProduct();
        customer.http().post("/api/v1/cart/add", add(serum, 2));
        eventually(() -> assertThat(customer.http().get("/api/v1/cart").data().path("items").size()).isEqualTo(1));
        customer.http().get("/api/v1/cart");

        String key = keys.key("cart:" + customer.id());
        String entry = redis.opsForValue().get(key);
        assertThat(entry).as("the response cache keeps its scopes' versions on the first line").contains("\n");
        JsonNode cached = json.readTree(entry.substring(entry.indexOf('\n') + 1));
        assertThat(cached.isArray()).isTrue();
        JsonNode line = cached.get(0);
        assertThat(line.path("product_id").asLong()).isEqualTo(serum);
        assertThat(line.path("quantity").asInt()).isEqualTo(2);
        assertThat(line.path("added_at").asText()).isNotBlank();
        assertThat(line.path("product_data").path("name").asText()).startsWith("Rice Water Toner");
        assertThat(line.path("product_data").path("price").decimalValue()).isEqualByComparingTo("14.50");
        assertThat(line.path("product_data").has("image_url")).isTrue();
        Long ttl = redis.getExpire(key, TimeUnit.SECONDS);
        assertThat(ttl).isBetween(Duration.ofDays(7).minusMinutes(1).toSeconds(), Duration.ofDays(7).toSeconds());
    }

    @Test
    void theCachedCartIsNeverStaleAfterACartOrAPriceChange() {
        Customer customer = newCustomer();
        String suffix = unique();
        long serum = newProduct(product(suffix));
        customer.http().post("/api/v1/cart/add", add(serum, 2));
        eventually(() -> assertThat(customer.http().get("/api/v1/cart").data().path("items").size()).isEqualTo(1));
        customer.http().get("/api/v1/cart");

        customer.http().put("/api/v1/cart/update/" + serum, Map.of("quantity", 5));
        newCartWithinAndNeverTheOldOneAgain(customer, cart -> line(cart, serum).path("quantity").asInt() == 5);

        customer.http().post("/api/v1/cart/add", add(serum, 1));
        newCartWithinAndNeverTheOldOneAgain(customer, cart -> line(cart, serum).path("quantity").asInt() == 6);

        assertThat(admin().put("/api/v1/admin/products/" + serum, with(product(suffix), "price", 12.00)).status())
                .isEqualTo(200);
        newCartWithinAndNeverTheOldOneAgain(customer,
                cart -> cart.path("subtotal").decimalValue().compareTo(new BigDecimal("72.00")) == 0);

        customer.http().delete("/api/v1/cart/clear");
        newCartWithinAndNeverTheOldOneAgain(customer, cart -> cart.path("items").isEmpty());
    }

    /** The change must show within the bound, and once a read answered it, twenty more in a row must too. */
    private void newCartWithinAndNeverTheOldOneAgain(Customer customer, Predicate<JsonNode> changed) {
        Awaitility.await().atMost(VISIBLE_WITHIN).pollInterval(Duration.ofMillis(10)).until(() ->
                changed.test(customer.http().get("/api/v1/cart").data()));
        for (int i = 0; i < 20; i++) {
            JsonNode cart = customer.http().get("/api/v1/cart").data();
            assertThat(changed.test(cart)).as("read %d after the change: %s", i, cart).isTrue();
        }
    }
}
