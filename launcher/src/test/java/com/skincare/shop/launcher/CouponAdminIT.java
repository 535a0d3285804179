package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.skincare.shop.api.common.RejectedException;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.coupons.CheckoutBasket;
import com.skincare.shop.api.coupons.CouponId;
import com.skincare.shop.api.coupons.CouponPolicy;
import com.skincare.shop.api.coupons.CouponRedemption;
import com.skincare.shop.api.coupons.RedeemCouponCommand;
import com.skincare.shop.api.coupons.ReleaseCouponRedemptionCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.skincare.shop.launcher.CatalogRequests.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Coupons over HTTP: the admin's writes and reads, the customer's available and validate, and a redemption and
 * its release through the shop's own command gateway, as the checkout will send them.
 */
class CouponAdminIT extends ShopIT {

    private static final String COUPONS = "/api/v1/admin/coupons";

    @Autowired
    CommandGateway commands;

    private static Map<String, Object> coupon(String code, String type, Object value) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Coupon " + code);
        body.put("type", type);
        body.put("value", value);
        return body;
    }

    private static String code() {
        return "IT-" + unique();
    }

    private long create(Map<String, Object> body) {
        Http.Answer created = admin().post(COUPONS, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.data().path("id").asLong();
        eventually(() -> assertThat(admin().get(COUPONS + "/" + id).status()).isEqualTo(200));
        return id;
    }

    @Test
    void anAdminCreatesUpdatesListsAndDeletesACoupon() {
        String code = code();
        Map<String, Object> body = coupon(code.toLowerCase(), "percentage", 15);
        body.put("max_discount", 20);
        body.put("usage_limit", 100);
        body.put("applicable_categories", List.of("Serums"));
        body.put("start_date", "2025-01-01");
        body.put("end_date", "2099-12-31");
        Http.Answer created = admin().post(COUPONS, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode data = created.data();
        assertThat(data.path("code").asText()).isEqualTo(code);
        assertThat(data.path("value").decimalValue()).isEqualByComparingTo("15.00");
        assertThat(data.path("usage_limit_per_user").asInt()).isEqualTo(1);
        assertThat(data.path("status").asText()).isEqualTo("active");
        long id = data.path("id").asLong();

        eventually(() -> {
            JsonNode stored = admin().get(COUPONS + "/" + id).data();
            assertThat(stored.path("code").asText()).isEqualTo(code);
            assertThat(stored.path("type").asText()).isEqualTo("percentage");
            assertThat(stored.path("max_discount").decimalValue()).isEqualByComparingTo("20.00");
            assertThat(stored.path("applicable_categories").get(0).asText()).isEqualTo("serums");
            assertThat(stored.path("is_first_time_only").asBoolean()).isFalse();
            assertThat(stored.path("used_count").asInt()).isZero();
            assertThat(stored.path("end_date").asText()).isEqualTo("2099-12-31");
        });

        Map<String, Object> changed = coupon(code, "fixed", 5);
        changed.put("name", "Five off " + code);
        assertThat(admin().put(COUPONS + "/" + id, changed).status()).isEqualTo(200);
        eventually(() -> {
            JsonNode list = admin().get(COUPONS + "?search=five+off+" + code.toLowerCase()).data();
            assertThat(list.path("total_items").asInt()).isEqualTo(1);
            assertThat(list.path("data").get(0).path("type").asText()).isEqualTo("fixed");
            assertThat(list.path("data").get(0).path("max_discount").isNull()).isTrue();
        });

        assertThat(admin().delete(COUPONS + "/" + id).status()).isEqualTo(200);
        eventually(() -> assertThat(admin().get(COUPONS + "/" + id).status()).isEqualTo(404));
        assertThat(create(coupon(code, "fixed", 1))).as("a deleted coupon's code is free again").isNotEqualTo(id);
    }

    @Test
    void aCodeIsUniqueWithoutRegardToCase() {
        String code = code();
        create(coupon(code, "fixed", 5));

        assertRefused(() -> admin().post(COUPONS, coupon(code.toLowerCase(), "fixed", 5)), 409, "COUPON_CODE_TAKEN",
                "code");
    }

    @Test
    void badCouponsAre400sNamingTheFieldAndStoreNothing() {
        Map<String, Object> backwards = coupon(code(), "fixed", 5);
        backwards.put("start_date", "2025-06-30");
        backwards.put("end_date", "2025-06-01");
        Map<String, Object> noName = coupon(code(), "fixed", 5);
        noName.remove("name");

        assertRefused(() -> admin().post(COUPONS, coupon(code(), "percentage", 150)), 400, "VALIDATION_FAILED",
                "value");
        assertRefused(() -> admin().post(COUPONS, coupon(code(), "fixed", -5)), 400, "VALIDATION_FAILED", "value");
        assertRefused(() -> admin().post(COUPONS, coupon(code(), "fixed", 0)), 400, "VALIDATION_FAILED", "value");
        assertRefused(() -> admin().post(COUPONS, backwards), 400, "VALIDATION_FAILED", "end_date");
        assertRefused(() -> admin().post(COUPONS, coupon(code(), "buy_one_get_one", 5)), 400, "VALIDATION_FAILED",
                "type");
        assertRefused(() -> admin().post(COUPONS, noName), 400, "VALIDATION_FAILED", "name");
        assertRefused(() -> admin().post(COUPONS, coupon("NO SPACES", "fixed", 5)), 400, "VALIDATION_FAILED",
                "code");
        assertRefused(() -> admin().post(COUPONS, coupon(code(), "fixed", "five")), 400, "VALIDATION_FAILED",
                "value");
        assertRefused(() -> admin().post(COUPONS + "/bulk-update", Map.of("coupon_ids", List.of(1),
                "status", "deleted")), 400, "VALIDATION_FAILED", "status");
        assertRefused(() -> admin().get(COUPONS + "?status=gone"), 400, "BAD_REQUEST", "status");
        assertRefused(() -> admin().get(COUPONS + "?limit=101"), 400, "BAD_REQUEST", "limit");
    }

    @Test
    void anUnknownCouponIsA404() {
        assertRefused(() -> admin().get(COUPONS + "/987654321"), 404, "NOT_FOUND", null);
        assertRefused(() -> admin().get(COUPONS + "/987654321/usage"), 404, "NOT_FOUND", null);
        assertRefused(() -> admin().put(COUPONS + "/987654321", coupon(code(), "fixed", 5)), 404, "NOT_FOUND", null);
        assertRefused(() -> admin().delete(COUPONS + "/987654321"), 404, "NOT_FOUND", null);
    }

    @Test
    void aBulkUpdateChangesEachCouponOnItsOwnAndStatsCountThem() {
        long first = create(coupon(code(), "fixed", 5));
        long second = create(coupon(code(), "free_shipping", null));

        Http.Answer bulk = admin().post(COUPONS + "/bulk-update",
                Map.of("coupon_ids", List.of(first, second, 987654321L), "status", "inactive"));

        assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);
        assertThat(bulk.data().path("succeeded").toString()).isEqualTo("[" + first + "," + second + "]");
        assertThat(bulk.data().path("failed").get(0).path("code").asText()).isEqualTo("NOT_FOUND");
        eventually(() -> {
            JsonNode inactive = admin().get(COUPONS + "?status=inactive&limit=100").data();
            assertThat(inactive.path("data").findValuesAsText("id")).contains(first + "", second + "");
            JsonNode stats = admin().get(COUPONS + "/stats").data();
            assertThat(stats.path("by_status").path("inactive").asLong()).isGreaterThanOrEqualTo(2);
            assertThat(stats.path("total_coupons").asLong()).isGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void aCustomerSeesAvailableCouponsAndValidatesACodeAgainstTheirCart() {
        Customer customer = newCustomer();
        String code = code();
        long id = create(coupon(code, "percentage", 10));
        long productId = admin().post("/api/v1/admin/products", product(unique())).data().path("id").asLong();
        eventually(() -> assertThat(anonymous().get("/api/v1/products/" + productId).status()).isEqualTo(200));

        eventually(() -> {
            JsonNode available = customer.http().get("/api/v1/coupons/available").data();
            JsonNode mine = null;
            for (JsonNode coupon : available) {
                if (coupon.path("id").asLong() == id) {
                    mine = coupon;
                }
            }
            assertThat(mine).isNotNull();
            assertThat(mine.path("remaining_uses").asInt()).isEqualTo(1);
        });
        JsonNode emptyCart = customer.http().post("/api/v1/coupons/validate", Map.of("code", code)).data();
        assertThat(emptyCart.path("valid").asBoolean()).isFalse();
        assertThat(emptyCart.path("reason_code").asText()).isEqualTo("NOT_APPLICABLE");

        Http.Answer added = customer.http().post("/api/v1/cart/add", Map.of("product_id", productId, "quantity", 2));
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        eventually(() -> {
            JsonNode valid = customer.http().post("/api/v1/coupons/validate", Map.of("code", code.toLowerCase()))
                    .data();
            assertThat(valid.path("valid").asBoolean()).as(valid.toString()).isTrue();
            assertThat(valid.path("discount_amount").decimalValue()).isEqualByComparingTo("2.90");
        });

        JsonNode unknown = customer.http().post("/api/v1/coupons/validate", Map.of("code", "NO-SUCH-CODE")).data();
        assertThat(unknown.path("valid").asBoolean()).isFalse();
        assertThat(unknown.path("reason").asText()).isNotBlank();
        assertEnvelope(customer.http().post("/api/v1/coupons/validate", Map.of("code", " ")), 400,
                "VALIDATION_FAILED");
    }

    @Test
    void aRedemptionShowsInTheUsageHoldsTheCouponAndItsReleaseGivesItBack() {
        Customer customer = newCustomer();
        long id = create(coupon(code(), "fixed", 5));
        CheckoutBasket basket = new CheckoutBasket(List.of(new CheckoutBasket.Line(1, Set.of("serums"),
                new BigDecimal("12.00"), 1)), new BigDecimal("2.00"));
        long order = 880_000 + Long.parseLong(unique()) % 100_000;
        RedeemCouponCommand redeem = new RedeemCouponCommand(CouponId.of(id), 9_000_000 + order,
                UserId.of(customer.id()), order, basket, CouponPolicy.today(Clock.systemUTC()), true);

        CouponRedemption redemption = commands.sendAndWait(redeem);

        assertThat(redemption.discountAmount()).isEqualByComparingTo("5.00");
        assertThatThrownBy(() -> commands.sendAndWait(new RedeemCouponCommand(CouponId.of(id), 9_500_000 + order,
                UserId.of(customer.id()), order + 1, basket, CouponPolicy.today(Clock.systemUTC()), true)))
                .isInstanceOf(RejectedException.class).hasMessageContaining("already used");
        eventually(() -> {
            JsonNode usage = admin().get(COUPONS + "/" + id + "/usage").data();
            assertThat(usage.path("total_items").asInt()).isEqualTo(1);
            assertThat(usage.path("data").get(0).path("order_id").asLong()).isEqualTo(order);
            assertThat(usage.path("data").get(0).path("user_id").asLong()).isEqualTo(customer.id());
            assertThat(admin().get(COUPONS + "/" + id).data().path("used_count").asInt()).isEqualTo(1);
        });
        assertRefused(() -> admin().delete(COUPONS + "/" + id), 422, "COUPON_IN_USE", null);

        commands.sendAndWait(new ReleaseCouponRedemptionCommand(CouponId.of(id), order));
        commands.sendAndWait(new ReleaseCouponRedemptionCommand(CouponId.of(id), order));

        eventually(() -> {
            assertThat(admin().get(COUPONS + "/" + id + "/usage").data().path("total_items").asInt()).isZero();
            assertThat(admin().get(COUPONS + "/" + id).data().path("used_count").asInt()).isZero();
        });
        assertThat(admin().delete(COUPONS + "/" + id).status()).isEqualTo(200);
    }
}
