package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.ordering.OrderAddress;
import com.skincare.shop.api.ordering.OrderId;
import com.skincare.shop.api.ordering.OrderItem;
import com.skincare.shop.api.ordering.OrderPricingTerms;
import com.skincare.shop.api.ordering.PlaceOrderCommand;
import com.skincare.shop.command.ordering.OrderIds;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replaying the customers projection gives {@code users}, {@code user_addresses}, {@code reviews},
 * {@code product_ratings}, {@code wishlists}, {@code shopping_cart}, {@code cart_coupons}, {@code orders},
 * {@code order_items} and {@code order_refunds} (with the customers' order statistics, orders shipped, delivered,
 * refunded in part and cancelled, and a verified purchase) back row for row, even after users were deleted and their
 * emails taken by new accounts. Processors with side effects are not
 * projections and cannot be replayed: the mail outbox would send every mail again.
 */
class CustomersReplayIT extends ShopIT {

    @Autowired
    CommandGateway commands;

    @Autowired
    OrderIds orderIds;

    private static final List<String> CUSTOMER_TABLES =
            List.of("users", "user_addresses", "reviews", "product_ratings", "wishlists", "shopping_cart",
                    "cart_coupons", "orders", "order_items", "order_refunds", "skin_analyses");
    private static final Map<String, Object> SKIN_ANSWERS = Map.of("oiliness", 2, "dryness", 4, "sensitivity", 3,
            "breakouts", 1, "age_range", "35_44", "concerns", List.of("dullness"));

    @Test
    void replayRebuildsIdenticalTables() {
        Customer first = newCustomer();
        long productId = admin().post("/api/v1/admin/products", CatalogRequests.product(unique())).data().path("id").asLong();
        long otherId = admin().post("/api/v1/admin/products", CatalogRequests.product(unique())).data().path("id").asLong();
        eventually(() -> assertThat(anonymous().get("/api/v1/products/" + otherId).status()).isEqualTo(200));
        first.http().post("/api/v1/user/addresses", Map.of("address_line1", "Street 63", "city", "Phnom Penh",
                "postal_code", "12302", "country", "Cambodia"));
        first.http().put("/api/v1/auth/profile", Map.of("first_name", "Bopha", "last_name", "Ly", "language", "en"));
        assertThat(first.http().post("/ml/v1/skin-analysis/analyze", SKIN_ANSWERS).status()).isEqualTo(201);
        long firstReview = first.http().post("/api/v1/reviews", Map.of("product_id", productId, "rating", 2))
                .data().path("id").asLong();
        admin().put("/api/v1/admin/reviews/" + firstReview + "/status", Map.of("status", "approved"));
        first.http().post("/api/v1/wishlist/add/" + productId, null);
        first.http().post("/api/v1/cart/add", Map.of("product_id", productId, "quantity", 2));
        OrderId firstOrder = placeOrder(first, productId, 1);
        admin().delete("/api/v1/admin/customers/" + first.id());
        Customer second = signIn(register(first.email(), "Second-account-77").data().path("email").asText(),
                "Second-account-77");
        second.http().post("/api/v1/user/addresses", Map.of("address_line1", "Street 2", "city", "Kampot",
                "postal_code", "07000", "country", "Cambodia", "is_default", true));
        long secondReview = second.http().post("/api/v1/reviews", Map.of("product_id", productId, "rating", 5,
                "title", "ល្អណាស់")).data().path("id").asLong();
        admin().put("/api/v1/admin/reviews/" + secondReview + "/status", Map.of("status", "approved"));
        second.http().post("/api/v1/wishlist/add/" + productId, null);
        second.http().post("/api/v1/cart/add", Map.of("product_id", productId, "quantity", 1));
        second.http().post("/api/v1/cart/add", Map.of("product_id", otherId, "quantity", 2));
        second.http().post("/api/v1/cart/add", Map.of("product_id", productId, "quantity", 2));
        second.http().put("/api/v1/cart/update/" + otherId, Map.of("quantity", 5));
        second.http().delete("/api/v1/cart/remove/" + otherId);
        second.http().post("/api/v1/cart/add", Map.of("product_id", otherId, "quantity", 1));
        OrderId secondOrder = placeOrder(second, otherId, 2);
        OrderId refused = placeOrder(second, otherId, 41);
        eventually(() -> {
            assertThat(second.http().get("/api/v1/orders/" + secondOrder.value()).data().path("status").asText())
                    .isEqualTo("confirmed");
            assertThat(second.http().get("/api/v1/orders/" + refused.value()).data().path("status").asText())
                    .isEqualTo("cancelled");
        });
        String shipped = "/api/v1/admin/orders/" + secondOrder.value();
        admin().put(shipped + "/payment-status", Map.of("payment_status", "paid"));
        admin().post(shipped + "/ship", Map.of("tracking_number", "KH-REPLAY-1"));
        admin().put(shipped + "/status", Map.of("status", "delivered"));
        assertThat(admin().post(shipped + "/refund", Map.of("amount", 5, "reason", "Late", "restock", true))
                .status()).isEqualTo(200);
        OrderId cancelled = placeOrder(second, productId, 1);
        eventually(() -> assertThat(second.http().get("/api/v1/orders/" + cancelled.value()).data().path("status")
                .asText()).isEqualTo("confirmed"));
        assertThat(second.http().post("/api/v1/orders/" + cancelled.value() + "/cancel",
                Map.of("reason", "Changed my mind")).status()).isEqualTo(200);
        admin().post("/api/v1/admin/customers/" + second.id() + "/suspend", null);
        Customer third = newCustomer();
        third.http().post("/api/v1/cart/add", Map.of("product_id", otherId, "quantity", 3));
        OrderId thirdOrder = placeOrder(third, otherId, 1);
        eventually(() -> assertThat(third.http().get("/api/v1/orders/" + thirdOrder.value()).data().path("status")
                .asText()).isEqualTo("confirmed"));
        long verified = third.http().post("/api/v1/reviews", Map.of("product_id", otherId, "rating", 4))
                .data().path("id").asLong();
        assertThat(third.http().post("/ml/v1/skin-analysis/analyze", SKIN_ANSWERS).status()).isEqualTo(201);
        assertThat(third.http().post("/ml/v1/skin-analysis/analyze", SKIN_ANSWERS).status()).isEqualTo(201);
        assertThat(third.http().post("/ml/v1/skin-analysis/feedback", Map.of("analysis_id", 2, "rating", 3,
                "comment", "Drier than that")).status()).isEqualTo(200);
        String code = "REPLAY-" + unique();
        admin().post("/api/v1/admin/coupons", Map.of("code", code, "name", "Replay", "type", "fixed", "value", 2));
        assertThat(third.http().post("/api/v1/cart/apply-coupon", Map.of("code", code)).status()).isEqualTo(200);
        caughtUp();
        Map<String, String> before = checksums();
        JsonNode cartBefore = third.http().get("/api/v1/cart").data();
        assertThat(cartBefore.path("item_count").asInt()).isEqualTo(3);
        assertThat(cartBefore.path("coupon").path("code").asText()).isEqualTo(code);
        assertThat(jdbc.queryForObject("SELECT sum(quantity) FROM shopping_cart WHERE user_id = ?", Long.class,
                second.id())).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT user_id FROM orders WHERE id = ?", Long.class, firstOrder.value()))
                .as("the deleted customer's order stays, without its owner").isNull();
        assertThat(jdbc.queryForObject("SELECT total_orders FROM users WHERE id = ?", Integer.class, second.id()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT is_verified_purchase FROM reviews WHERE id = ?", Boolean.class,
                verified)).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM order_refunds WHERE order_id = ?", Long.class,
                secondOrder.value())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE email = ?", Long.class, first.email()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT review_count FROM product_ratings WHERE product_id = ?", Integer.class,
                productId)).as("the deleted customer's review still counts").isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM skin_analyses WHERE user_id = ?", Long.class,
                first.id())).as("the deleted customer's skin analysis went with them").isZero();
        assertThat(jdbc.queryForObject("SELECT feedback_rating FROM skin_analyses WHERE user_id = ? AND analysis_id = 2",
                Integer.class, third.id())).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM wishlists WHERE product_id = ?", Long.class, productId))
                .as("the deleted customer's wishlist went with them").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM shopping_cart WHERE product_id = ?", Long.class,
                productId)).as("the deleted customer's cart went with them").isEqualTo(1);

        Http.Answer replay = admin().post("/api/v1/admin/projections/customers/replay", null);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(202);

        caughtUp();
        assertThat(checksums()).isEqualTo(before);
        assertThat(third.http().get("/api/v1/cart").data()).as("the cart after the replay").isEqualTo(cartBefore);
    }

    @Test
    void onlyProjectionsAreListedAndReplayable() {
        JsonNode projections = admin().get("/api/v1/admin/projections").data();

        assertThat(projections.findValuesAsText("name")).containsExactly("catalog", "coupons", "customers", "inventory",
                "performance-metrics", "search-analytics", "user-analytics");
        assertThat(admin().post("/api/v1/admin/projections/identity-mail/replay", null).status()).isEqualTo(404);
        assertThat(admin().post("/api/v1/admin/projections/identity-sessions/replay", null).status()).isEqualTo(404);
    }

    private OrderId placeOrder(Customer customer, long product, int quantity) {
        OrderId order = orderIds.nextOrderId();
        Instant placedAt = Instant.now();
        commands.sendAndWait(new PlaceOrderCommand(order, OrderIds.orderNumber(order, placedAt),
                UserId.of(customer.id()), "Bopha Ly", customer.email(),
                List.of(new OrderItem(ProductId.of(product), quantity, "Serum", "SKU-" + product,
                        new BigDecimal("12.00"), Set.of("serums"))),
                new OrderAddress("Bopha", "Ly", null, "Street 63", null, "Phnom Penh", null, "12302", "KH", "+85512345678"),
                null, null, null, null, new OrderPricingTerms(new BigDecimal("2.50"), new BigDecimal("50.00"),
                        BigDecimal.ZERO), true, placedAt));
        return order;
    }

    private void caughtUp() {
        eventually(() -> {
            JsonNode status = admin().get("/api/v1/admin/projections/customers").data();
            assertThat(status.path("replaying").asBoolean()).isFalse();
            assertThat(status.path("progress").path("phase").asText()).as("a replay that failed left the tables as they were")
                    .isNotEqualTo("failed");
            assertThat(status.path("lag").asLong()).isZero();
        });
    }

    private Map<String, String> checksums() {
        return ReadTableChecksums.of(jdbc, CUSTOMER_TABLES);
    }
}
