package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static com.skincare.shop.launcher.CatalogRequests.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coupon on the cart over HTTP: applied with the coupon's own standing checked (unknown, inactive, expired are
 * refused and record nothing), shown with the cart and taken off its total while it applies to the lines, with
 * the reason when it stops applying, and gone when removed or when the cart is cleared.
 */
class CartCouponIT extends ShopIT {

    private long newProduct(double price) {
        Map<String, Object> body = product(unique());
        body.put("price", price);
        body.remove("compare_at_price");
        Http.Answer created = admin().post("/api/v1/admin/products", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().path("id").asLong();
    }

    private String newCoupon(Map<String, Object> terms) {
        String code = "CART-" + unique();
        Map<String, Object> body = new HashMap<>(terms);
        body.put("code", code);
        body.put("name", "Coupon " + code);
        Http.Answer created = admin().post("/api/v1/admin/coupons", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return code;
    }

    private static void add(Customer customer, long product, int quantity) {
        Http.Answer added = customer.http().post("/api/v1/cart/add",
                Map.of("product_id", product, "quantity", quantity));
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
    }

    private static JsonNode cart(Customer customer) {
        Http.Answer cart = customer.http().get("/api/v1/cart");
        assertThat(cart.status()).as(cart.toString()).isEqualTo(200);
        return cart.data();
    }

    private static boolean holdsNoCoupon(JsonNode cart) {
        return cart.path("coupon").isNull() || cart.path("coupon").isMissingNode();
    }

    @Test
    void anAppliedCouponComesOffTheCartsTotalAndAgreesWithValidate() {
        Customer customer = newCustomer();
        long serum = newProduct(14.50);
        String code = newCoupon(Map.of("type", "percentage", "value", 10));
        add(customer, serum, 2);

        Http.Answer applied = customer.http().post("/api/v1/cart/apply-coupon", Map.of("code", code.toLowerCase()));

        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.data().path("code").asText()).isEqualTo(code);
        eventually(() -> assertThat(cart(customer).path("coupon").path("code").asText()).isEqualTo(code));
        JsonNode cart = cart(customer);
        assertThat(cart.path("coupon").path("valid").asBoolean()).isTrue();
        assertThat(cart.path("subtotal").decimalValue()).isEqualByComparingTo("29.00");
        assertThat(cart.path("discount").decimalValue()).isEqualByComparingTo("2.90");
        assertThat(cart.path("shipping").decimalValue()).isEqualByComparingTo("2.50");
        assertThat(cart.path("total").decimalValue()).as("29.00 + 2.50 - 2.90").isEqualByComparingTo("28.60");
        Http.Answer validated = customer.http().post("/api/v1/coupons/validate", Map.of("code", code));
        assertThat(validated.data().path("discount_amount").decimalValue()).isEqualByComparingTo("2.90");
    }

    @Test
    void aCouponBelowItsMinimumStaysOnTheCartWithTheReasonUntilTheLinesReachIt() {
        Customer customer = newCustomer();
        long serum = newProduct(14.50);
        String code = newCoupon(Map.of("type", "fixed", "value", 5, "min_order_value", 40));
        add(customer, serum, 1);

        assertThat(customer.http().post("/api/v1/cart/apply-coupon", Map.of("code", code)).status()).isEqualTo(200);

        eventually(() -> assertThat(cart(customer).path("coupon").path("reason_code").asText())
                .isEqualTo("MIN_ORDER_NOT_MET"));
        assertThat(cart(customer).path("discount").decimalValue()).isEqualByComparingTo("0");
        assertThat(cart(customer).path("total").decimalValue()).isEqualByComparingTo("17.00");

        add(customer, serum, 2);
        eventually(() -> assertThat(cart(customer).path("coupon").path("valid").asBoolean()).isTrue());
        assertThat(cart(customer).path("total").decimalValue()).as("43.50 + 2.50 - 5.00").isEqualByComparingTo("41.00");
    }

    @Test
    void aFreeShippingCouponTakesTheShippingOff() {
        Customer customer = newCustomer();
        add(customer, newProduct(9.90), 1);
        String code = newCoupon(Map.of("type", "free_shipping", "value", 0));

        assertThat(customer.http().post("/api/v1/cart/apply-coupon", Map.of("code", code)).status()).isEqualTo(200);

        eventually(() -> assertThat(cart(customer).path("coupon").path("free_shipping").asBoolean()).isTrue());
        assertThat(cart(customer).path("discount").decimalValue()).isEqualByComparingTo("2.50");
        assertThat(cart(customer).path("total").decimalValue()).isEqualByComparingTo("9.90");
    }

    @Test
    void aCouponComesOffWhenRemovedOrWhenTheCartIsCleared() {
        Customer customer = newCustomer();
        add(customer, newProduct(14.50), 1);
        String code = newCoupon(Map.of("type", "fixed", "value", 3));
        assertThat(customer.http().post("/api/v1/cart/apply-coupon", Map.of("code", code)).status()).isEqualTo(200);
        eventually(() -> assertThat(cart(customer).path("coupon").isObject()).isTrue());

        assertThat(customer.http().delete("/api/v1/cart/remove-coupon").status()).isEqualTo(200);
        eventually(() -> assertThat(holdsNoCoupon(cart(customer))).isTrue());
        assertRefused(() -> customer.http().delete("/api/v1/cart/remove-coupon"), 404, "NO_COUPON", null);

        assertThat(customer.http().post("/api/v1/cart/apply-coupon", Map.of("code", code)).status()).isEqualTo(200);
        assertThat(customer.http().delete("/api/v1/cart/clear").status()).isEqualTo(200);
        eventually(() -> assertThat(holdsNoCoupon(cart(customer))).isTrue());
        assertThat(cart(customer).path("discount").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void couponsThatCannotBeUsedAreRefusedWithTheReasonAndRecordNothing() {
        Customer customer = newCustomer();
        String usable = newCoupon(Map.of("type", "fixed", "value", 3));
        String inactive = newCoupon(Map.of("type", "fixed", "value", 3, "status", "inactive"));
        String expired = newCoupon(Map.of("type", "fixed", "value", 3, "start_date", "2024-01-01",
                "end_date", "2024-12-31"));
        String later = newCoupon(Map.of("type", "fixed", "value", 3, "start_date", "2099-01-01"));

        assertRefused(() -> customer.http().post("/api/v1/cart/apply-coupon", Map.of("code", usable)), 422,
                "CART_EMPTY", null);
        add(customer, newProduct(14.50), 1);
        assertRefused(() -> customer.http().post("/api/v1/cart/apply-coupon", Map.of("code", "NO-SUCH-" + unique())),
                404, "COUPON_NOT_FOUND", null);
        assertRefused(() -> customer.http().post("/api/v1/cart/apply-coupon", Map.of("code", inactive)), 422,
                "COUPON_INACTIVE", null);
        assertRefused(() -> customer.http().post("/api/v1/cart/apply-coupon", Map.of("code", expired)), 422,
                "COUPON_EXPIRED", null);
        assertRefused(() -> customer.http().post("/api/v1/cart/apply-coupon", Map.of("code", later)), 422,
                "COUPON_NOT_STARTED", null);
        assertRefused(() -> customer.http().post("/api/v1/cart/apply-coupon", Map.of("code", " ")), 400,
                "VALIDATION_FAILED", "code");
        assertRefused(() -> customer.http().post("/api/v1/cart/apply-coupon", Map.of("code", "X".repeat(51))), 400,
                "VALIDATION_FAILED", "code");
        assertRefused(() -> customer.http().post("/api/v1/cart/apply-coupon", Map.of("code", 42)), 400,
                "VALIDATION_FAILED", "code");
        assertRefused(() -> customer.http().post("/api/v1/cart/apply-coupon", "{"), 400, "MALFORMED_JSON", null);
        assertThat(anonymous().post("/api/v1/cart/apply-coupon", Map.of("code", usable)).status()).isEqualTo(401);
        assertThat(holdsNoCoupon(cart(customer))).isTrue();
    }
}
