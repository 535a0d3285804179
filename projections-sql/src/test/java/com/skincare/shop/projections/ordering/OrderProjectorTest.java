package com.skincare.shop.projections.ordering;

import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.identity.Language;
import com.skincare.shop.api.identity.UserDeletedEvent;
import com.skincare.shop.api.identity.UserProfile;
import com.skincare.shop.api.identity.UserRegisteredEvent;
import com.skincare.shop.api.identity.UserRole;
import com.skincare.shop.api.ordering.OrderPlacedEvent;
import com.skincare.shop.projections.CustomerStream;
import com.skincare.shop.projections.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static com.skincare.shop.projections.ordering.OrderEvents.confirmed;
import static com.skincare.shop.projections.ordering.OrderEvents.item;
import static com.skincare.shop.projections.ordering.OrderEvents.placed;
import static com.skincare.shop.projections.ordering.OrderEvents.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OrderProjectorTest {

    private static ScratchDatabase database;
    private static JdbcTemplate sql;
    private CustomerStream stream;

    @BeforeAll
    static void createDatabase() {
        database = ScratchDatabase.fresh("order_projection_test");
        sql = database.jdbc().getJdbcTemplate();
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @BeforeEach
    void twoProductsAndTwoCustomers() {
        sql.execute("DELETE FROM orders; DELETE FROM products; DELETE FROM users");
        sql.update("INSERT INTO products (id, name_en, slug, sku, price, category) VALUES"
                + " (5, 'Serum', 'serum', 'S-5', 9.5, 'serums'), (6, 'Toner', 'toner', 'T-6', 7, 'toners')");
        stream = new CustomerStream(database.jdbc())
                .deliver(registered(7), "2025-06-01T00:00:00Z")
                .deliver(registered(8), "2025-06-01T00:00:01Z");
    }

    private static UserRegisteredEvent registered(long id) {
        return new UserRegisteredEvent(UserId.of(id), "user" + id + "@example.com", "$2a$hash",
                new UserProfile("A", "B", null, null, null, SkinType.DRY, Language.EN), UserRole.CUSTOMER, null);
    }

    private static List<Map<String, Object>> orders() {
        return sql.queryForList("SELECT * FROM orders ORDER BY id");
    }

    private static List<Map<String, Object>> items() {
        return sql.queryForList("SELECT * FROM order_items ORDER BY id");
    }

    private static Map<String, Object> stats(long user) {
        return sql.queryForMap("SELECT total_orders, total_spent FROM users WHERE id = ?", user);
    }

    @Test
    void aPlacedOrderTakesEveryValueFromItsEventAndItsLinesTheirIdsFromTheOrder() {
        stream.deliver(placed(12, 7, "sokha@example.com", List.of(item(5, 2, "9.50"), item(6, 1, "7.00"))),
                "2025-06-02T10:00:00.5Z").redeliverLast();

        Map<String, Object> order = orders().get(0);
        assertThat(orders()).hasSize(1);
        assertThat(order).containsEntry("id", 12).containsEntry("order_number", "SK-20250602-000012")
                .containsEntry("user_id", 7).containsEntry("customer_name", "Sokha Chan")
                .containsEntry("customer_email", "sokha@example.com").containsEntry("notes", "Leave at the door")
                .containsEntry("created_at", Date.valueOf(LocalDate.of(2025, 6, 2)))
                .containsEntry("updated_at", Timestamp.valueOf(LocalDateTime.of(2025, 6, 2, 10, 0, 0, 500_000_000)));
        assertThat(order.get("status")).hasToString("pending");
        assertThat(order.get("payment_status")).hasToString("pending");
        assertThat(order.get("fulfillment_status")).hasToString("unfulfilled");
        assertThat((BigDecimal) order.get("subtotal")).isEqualByComparingTo("26.00");
        assertThat((BigDecimal) order.get("total")).isEqualByComparingTo("28.50");
        assertThat(sql.queryForObject("SELECT shipping_address ->> 'address_line1' FROM orders WHERE id = 12",
                String.class)).isEqualTo("12 Street 271");
        assertThat(sql.queryForObject("SELECT billing_address = shipping_address FROM orders WHERE id = 12",
                Boolean.class)).as("no billing address is the shipping address").isTrue();
        assertThat(items()).extracting(r -> r.get("id"), r -> r.get("order_id"), r -> r.get("product_id"),
                        r -> r.get("product_name"), r -> r.get("product_sku"), r -> r.get("quantity"),
                        r -> r.get("total_price").toString())
                .containsExactly(tuple(1200, 12, 5, "Product 5", "SKU-5", 2, "19.00"),
                        tuple(1201, 12, 6, "Product 6", "SKU-6", 1, "7.00"));
        assertThat(stats(7)).as("a pending order does not count").containsEntry("total_orders", 0);
    }

    @Test
    void aConfirmationTakesTheFinalTotalsAndCountsOnceForItsCustomer() {
        OrderPlacedEvent first = placed(12, 7, "sokha@example.com", List.of(item(5, 2, "9.50")));
        OrderPlacedEvent second = placed(13, 7, "sokha@example.com", List.of(item(6, 3, "7.00")));
        stream.deliver(first, "2025-06-02T10:00:00Z")
                .deliver(confirmed(first, "1.90"), "2025-06-02T10:00:01Z").redeliverLast()
                .deliver(second, "2025-06-02T11:00:00Z")
                .deliver(confirmed(second, "0.00"), "2025-06-02T11:00:01Z").redeliverLast();

        assertThat(orders()).extracting(r -> r.get("status").toString(), r -> r.get("discount_amount").toString(),
                        r -> r.get("total").toString(), r -> r.get("updated_at"))
                .containsExactly(
                        tuple("confirmed", "1.90", "19.60", Timestamp.valueOf("2025-06-02 10:00:01")),
                        tuple("confirmed", "0.00", "23.50", Timestamp.valueOf("2025-06-02 11:00:01")));
        assertThat(stats(7)).containsEntry("total_orders", 2)
                .containsEntry("total_spent", new BigDecimal("43.10"));
        assertThat(stats(8)).containsEntry("total_orders", 0);
    }

    @Test
    void aRejectedOrderIsCancelledWithItsPaymentFailedAndDoesNotCount() {
        OrderPlacedEvent order = placed(12, 7, "sokha@example.com", List.of(item(5, 2, "9.50")));
        stream.deliver(order, "2025-06-02T10:00:00Z")
                .deliver(rejected(order), "2025-06-02T10:00:02Z").redeliverLast();

        assertThat(orders()).extracting(r -> r.get("status").toString(), r -> r.get("payment_status").toString())
                .containsExactly(tuple("cancelled", "failed"));
        assertThat(stats(7)).containsEntry("total_orders", 0);
    }

    @Test
    void anOrderOfAnUnknownCustomerKeepsNoOwnerAndADeletedCustomersOrdersLoseTheirs() {
        OrderPlacedEvent stranger = placed(14, 99, "stranger@example.com", List.of(item(5, 1, "9.50")));
        OrderPlacedEvent daras = placed(15, 8, "dara@example.com", List.of(item(6, 1, "7.00")));
        stream.deliver(stranger, "2025-06-02T10:00:00Z")
                .deliver(daras, "2025-06-02T10:01:00Z")
                .deliver(confirmed(daras, "0.00"), "2025-06-02T10:01:01Z")
                .deliver(new UserDeletedEvent(UserId.of(8)), "2025-06-03T00:00:00Z");

        assertThat(orders()).extracting(r -> r.get("id"), r -> r.get("user_id"))
                .containsExactly(tuple(14, null), tuple(15, null));
    }

    @Test
    void aResetAndReplayGiveTheSameRowsAndStatistics() {
        OrderPlacedEvent first = placed(12, 7, "sokha@example.com", List.of(item(5, 2, "9.50"), item(6, 1, "7.00")));
        OrderPlacedEvent second = placed(13, 8, "dara@example.com", List.of(item(6, 4, "7.00")));
        OrderPlacedEvent third = placed(16, 7, "sokha@example.com", List.of(item(5, 1, "9.50")));
        stream.deliver(first, "2025-06-02T10:00:00Z")
                .deliver(second, "2025-06-02T10:00:01Z")
                .deliver(confirmed(first, "2.60"), "2025-06-02T10:00:02Z")
                .deliver(rejected(second), "2025-06-02T10:00:03Z")
                .deliver(third, "2025-06-03T09:00:00Z")
                .deliver(confirmed(third, "0.00"), "2025-06-03T09:00:01Z");
        List<Map<String, Object>> orders = orders();
        List<Map<String, Object>> items = items();
        List<Map<String, Object>> users = sql.queryForList("SELECT * FROM users ORDER BY id");
        assertThat(stats(7)).containsEntry("total_orders", 2).containsEntry("total_spent", new BigDecimal("37.90"));

        stream.reset();
        assertThat(orders()).isEmpty();
        assertThat(items()).isEmpty();
        assertThat(stats(7)).containsEntry("total_orders", 0);
        stream.replay();

        assertThat(orders()).isEqualTo(orders);
        assertThat(items()).isEqualTo(items);
        assertThat(sql.queryForList("SELECT * FROM users ORDER BY id")).isEqualTo(users);
    }
}
