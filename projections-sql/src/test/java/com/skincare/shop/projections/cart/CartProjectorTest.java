package com.skincare.shop.projections.cart;

import com.skincare.shop.api.cart.CartClearedEvent;
import com.skincare.shop.api.cart.CartCouponAppliedEvent;
import com.skincare.shop.api.cart.CartCouponRemovedEvent;
import com.skincare.shop.api.cart.CartId;
import com.skincare.shop.api.cart.CartItemAddedEvent;
import com.skincare.shop.api.cart.CartItemRemovedEvent;
import com.skincare.shop.api.cart.CartQuantityChangedEvent;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.identity.UserDeletedEvent;
import com.skincare.shop.projections.CustomerStream;
import com.skincare.shop.projections.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static com.skincare.shop.projections.CustomerStream.customerRegistered;
import static org.assertj.core.api.Assertions.assertThat;

class CartProjectorTest {

    private static final CartId SOPHEAS = CartId.of(UserId.of(7));
    private static final CartId DARAS = CartId.of(UserId.of(8));
    private static final ProductId SERUM = ProductId.of(5);
    private static final ProductId TONER = ProductId.of(6);

    private static ScratchDatabase database;
    private static JdbcTemplate sql;
    private CustomerStream stream;

    @BeforeAll
    static void createDatabase() {
        database = ScratchDatabase.fresh("cart_projection_test");
        sql = database.jdbc().getJdbcTemplate();
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @BeforeEach
    void twoProductsAndTwoCustomers() {
        sql.execute("DELETE FROM cart_coupons; DELETE FROM shopping_cart; DELETE FROM products; DELETE FROM users");
        sql.update("INSERT INTO products (id, name_en, slug, sku, price, category) VALUES"
                + " (5, 'Serum', 'serum', 'S-5', 9.5, 'serums'), (6, 'Toner', 'toner', 'T-6', 7, 'toners')");
        stream = new CustomerStream(database.jdbc())
                .deliver(customerRegistered(7), "2025-06-01T00:00:00Z")
                .deliver(customerRegistered(8), "2025-06-01T00:00:01Z");
    }


    private static List<Map<String, Object>> rows() {
        return sql.queryForList("SELECT id, user_id, product_id, quantity, created_at, updated_at FROM shopping_cart"
                + " ORDER BY id");
    }

    private static Map<String, Object> row(long id, long user, long product, int quantity, String created,
                                           String updated) {
        return Map.of("id", (int) id, "user_id", (int) user, "product_id", (int) product, "quantity", quantity,
                "created_at", utc(created), "updated_at", utc(updated));
    }

    private static Timestamp utc(String instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void linesTakeTheirIdsQuantitiesAndTimesFromTheEventsEvenWhenDeliveredTwice() {
        stream.deliver(new CartItemAddedEvent(SOPHEAS, 41, SERUM, 2, 2), "2025-06-02T10:00:00.5Z")
                .redeliverLast()
                .deliver(new CartItemAddedEvent(SOPHEAS, 42, TONER, 1, 1), "2025-06-02T10:01:00Z")
                .deliver(new CartItemAddedEvent(SOPHEAS, 41, SERUM, 3, 5), "2025-06-02T10:02:00Z")
                .redeliverLast()
                .deliver(new CartItemAddedEvent(DARAS, 43, SERUM, 1, 1), "2025-06-02T10:03:00Z")
                .deliver(new CartQuantityChangedEvent(SOPHEAS, 42, TONER, 4), "2025-06-02T10:04:00Z")
                .redeliverLast();

        assertThat(rows()).containsExactly(
                row(41, 7, 5, 5, "2025-06-02T10:00:00.5Z", "2025-06-02T10:02:00Z"),
                row(42, 7, 6, 4, "2025-06-02T10:01:00Z", "2025-06-02T10:04:00Z"),
                row(43, 8, 5, 1, "2025-06-02T10:03:00Z", "2025-06-02T10:03:00Z"));

        stream.deliver(new CartItemRemovedEvent(SOPHEAS, 41, SERUM), "2025-06-03T00:00:00Z").redeliverLast();
        assertThat(rows()).extracting(r -> r.get("id")).containsExactly(42, 43);

        stream.deliver(new CartClearedEvent(SOPHEAS), "2025-06-04T00:00:00Z").redeliverLast();
        assertThat(rows()).extracting(r -> r.get("id")).containsExactly(43);
    }

    @Test
    void aProductRemovedAndAddedAgainTakesANewLine() {
        stream.deliver(new CartItemAddedEvent(SOPHEAS, 41, SERUM, 2, 2), "2025-06-02T10:00:00Z")
                .deliver(new CartItemRemovedEvent(SOPHEAS, 41, SERUM), "2025-06-02T10:01:00Z")
                .deliver(new CartItemAddedEvent(SOPHEAS, 44, SERUM, 1, 1), "2025-06-02T10:02:00Z");

        assertThat(rows()).containsExactly(row(44, 7, 5, 1, "2025-06-02T10:02:00Z", "2025-06-02T10:02:00Z"));
    }

    @Test
    void aDeletedCustomersCartGoesAndAReplayGivesTheSameRows() {
        stream.deliver(new CartItemAddedEvent(SOPHEAS, 41, SERUM, 2, 2), "2025-06-02T10:00:00Z")
                .deliver(new CartItemAddedEvent(SOPHEAS, 42, TONER, 1, 1), "2025-06-02T10:00:30Z")
                .deliver(new CartItemAddedEvent(DARAS, 43, TONER, 1, 1), "2025-06-02T10:01:00Z")
                .deliver(new CartItemAddedEvent(SOPHEAS, 41, SERUM, 1, 3), "2025-06-02T10:02:00Z")
                .deliver(new CartQuantityChangedEvent(SOPHEAS, 42, TONER, 6), "2025-06-02T10:03:00Z")
                .deliver(new CartItemRemovedEvent(SOPHEAS, 42, TONER), "2025-06-02T10:04:00Z")
                .deliver(new CartItemAddedEvent(SOPHEAS, 45, TONER, 2, 2), "2025-06-02T10:05:00Z")
                .deliver(new UserDeletedEvent(UserId.of(8)), "2025-06-03T00:00:00Z");
        List<Map<String, Object>> before = rows();
        assertThat(before).containsExactly(
                row(41, 7, 5, 3, "2025-06-02T10:00:00Z", "2025-06-02T10:02:00Z"),
                row(45, 7, 6, 2, "2025-06-02T10:05:00Z", "2025-06-02T10:05:00Z"));

        stream.reset();
        assertThat(rows()).isEmpty();
        stream.replay();

        assertThat(rows()).isEqualTo(before);
    }

    private static List<Map<String, Object>> coupons() {
        return sql.queryForList("SELECT user_id, coupon_id, code, applied_at FROM cart_coupons ORDER BY user_id");
    }

    private static Map<String, Object> coupon(long user, long coupon, String code, String applied) {
        return Map.of("user_id", (int) user, "coupon_id", (int) coupon, "code", code, "applied_at", utc(applied));
    }

    @Test
    void aCartHoldsOneCouponAtATimeUntilItIsRemovedOrTheCartCleared() {
        stream.deliver(new CartItemAddedEvent(SOPHEAS, 41, SERUM, 2, 2), "2025-06-02T10:00:00Z")
                .deliver(new CartItemAddedEvent(DARAS, 43, SERUM, 1, 1), "2025-06-02T10:00:30Z")
                .deliver(new CartCouponAppliedEvent(SOPHEAS, 3, "GLOW10"), "2025-06-02T10:01:00Z")
                .redeliverLast()
                .deliver(new CartCouponAppliedEvent(DARAS, 3, "GLOW10"), "2025-06-02T10:01:30Z")
                .deliver(new CartCouponAppliedEvent(SOPHEAS, 4, "SHIP"), "2025-06-02T10:02:00Z");
        assertThat(coupons()).containsExactly(coupon(7, 4, "SHIP", "2025-06-02T10:02:00Z"),
                coupon(8, 3, "GLOW10", "2025-06-02T10:01:30Z"));

        stream.deliver(new CartCouponRemovedEvent(SOPHEAS, 4, "SHIP"), "2025-06-02T10:03:00Z")
                .redeliverLast()
                .deliver(new CartClearedEvent(DARAS), "2025-06-02T10:04:00Z");
        assertThat(coupons()).isEmpty();

        stream.deliver(new CartCouponAppliedEvent(SOPHEAS, 3, "GLOW10"), "2025-06-02T10:05:00Z");
        List<Map<String, Object>> before = coupons();
        stream.reset();
        assertThat(coupons()).isEmpty();
        stream.replay();
        assertThat(coupons()).isEqualTo(before).containsExactly(coupon(7, 3, "GLOW10", "2025-06-02T10:05:00Z"));
    }
}
