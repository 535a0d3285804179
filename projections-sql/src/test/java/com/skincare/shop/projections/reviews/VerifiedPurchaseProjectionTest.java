package com.skincare.shop.projections.reviews;

import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.ordering.OrderCancelledEvent;
import com.skincare.shop.api.ordering.OrderLine;
import com.skincare.shop.api.ordering.OrderPlacedEvent;
import com.skincare.shop.api.ordering.OrderStatus;
import com.skincare.shop.api.reviews.ReviewContent;
import com.skincare.shop.api.reviews.ReviewId;
import com.skincare.shop.api.reviews.ReviewSubmittedEvent;
import com.skincare.shop.projections.CustomerStream;
import com.skincare.shop.projections.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static com.skincare.shop.projections.CustomerStream.customerRegistered;
import static com.skincare.shop.projections.ordering.OrderEvents.confirmed;
import static com.skincare.shop.projections.ordering.OrderEvents.item;
import static com.skincare.shop.projections.ordering.OrderEvents.placed;
import static com.skincare.shop.projections.ordering.OrderEvents.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code reviews.is_verified_purchase}: decided when the review arrives, from the author's orders as the same
 * stream has written them by then, so a replay decides it the same way.
 */
class VerifiedPurchaseProjectionTest {

    private static final ProductId SERUM = ProductId.of(5);
    private static final ProductId TONER = ProductId.of(6);

    private static ScratchDatabase database;
    private static JdbcTemplate sql;
    private CustomerStream stream;

    @BeforeAll
    static void createDatabase() {
        database = ScratchDatabase.fresh("verified_purchase_test");
        sql = database.jdbc().getJdbcTemplate();
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @BeforeEach
    void twoProductsAndTwoCustomers() {
        sql.execute("DELETE FROM reviews; DELETE FROM orders; DELETE FROM products; DELETE FROM users");
        sql.update("INSERT INTO products (id, name_en, slug, sku, price, category) VALUES"
                + " (5, 'Serum', 'serum', 'S-5', 9.5, 'serums'), (6, 'Toner', 'toner', 'T-6', 7, 'toners')");
        stream = new CustomerStream(database.jdbc())
                .deliver(customerRegistered(7), "2025-06-01T00:00:00Z")
                .deliver(customerRegistered(8), "2025-06-01T00:00:01Z");
    }

    private static ReviewSubmittedEvent review(long id, long author, ProductId product) {
        return new ReviewSubmittedEvent(ReviewId.of(id), product, UserId.of(author),
                new ReviewContent(5, "Lovely", "Works for me"));
    }

    private static boolean verified(long review) {
        return sql.queryForObject("SELECT is_verified_purchase FROM reviews WHERE id = ?", Boolean.class, review);
    }

    @Test
    void aConfirmedOrderOfTheProductVerifiesItsReviewAndNothingElseDoes() {
        OrderPlacedEvent order = placed(12, 7, "sokha@example.com", List.of(item(5, 1, "9.50")));
        stream.deliver(review(1, 7, SERUM), "2025-06-02T09:00:00Z")
                .deliver(order, "2025-06-02T10:00:00Z")
                .deliver(review(2, 8, SERUM), "2025-06-02T10:00:00.5Z")
                .deliver(confirmed(order, "0.00"), "2025-06-02T10:00:01Z")
                .deliver(review(3, 7, SERUM), "2025-06-03T09:00:00Z")
                .deliver(review(4, 7, TONER), "2025-06-03T09:01:00Z")
                .deliver(review(5, 8, SERUM), "2025-06-03T09:02:00Z");

        assertThat(verified(1)).as("reviewed before ordering").isFalse();
        assertThat(verified(3)).as("reviewed after the order was confirmed").isTrue();
        assertThat(verified(4)).as("another product").isFalse();
        assertThat(verified(5)).as("another customer").isFalse();
    }

    @Test
    void aPendingRejectedOrCancelledOrderVerifiesNothing() {
        OrderPlacedEvent pending = placed(12, 7, "sokha@example.com", List.of(item(5, 1, "9.50")));
        OrderPlacedEvent refused = placed(13, 8, "dara@example.com", List.of(item(5, 1, "9.50")));
        OrderPlacedEvent cancelled = placed(14, 8, "dara@example.com", List.of(item(6, 1, "7.00")));
        stream.deliver(pending, "2025-06-02T10:00:00Z")
                .deliver(review(1, 7, SERUM), "2025-06-02T10:00:00.5Z")
                .deliver(refused, "2025-06-02T11:00:00Z")
                .deliver(rejected(refused), "2025-06-02T11:00:01Z")
                .deliver(review(2, 8, SERUM), "2025-06-02T12:00:00Z")
                .deliver(cancelled, "2025-06-02T13:00:00Z")
                .deliver(confirmed(cancelled, "0.00"), "2025-06-02T13:00:01Z")
                .deliver(new OrderCancelledEvent(cancelled.orderId(), UserId.of(8), null, true,
                        List.of(new OrderLine(TONER, 1)), null, OrderStatus.CANCELLED), "2025-06-02T14:00:00Z")
                .deliver(review(3, 8, TONER), "2025-06-02T15:00:00Z");

        assertThat(verified(1)).as("the checkout had not decided").isFalse();
        assertThat(verified(2)).as("the checkout refused the order").isFalse();
        assertThat(verified(3)).as("cancelled before the review").isFalse();
    }

    @Test
    void aCancellationAfterTheReviewLeavesItVerifiedAndAReplayDecidesTheSame() {
        OrderPlacedEvent order = placed(12, 7, "sokha@example.com", List.of(item(5, 1, "9.50")));
        stream.deliver(order, "2025-06-02T10:00:00Z")
                .deliver(confirmed(order, "0.00"), "2025-06-02T10:00:01Z")
                .deliver(review(1, 7, SERUM), "2025-06-02T12:00:00Z")
                .deliver(new OrderCancelledEvent(order.orderId(), UserId.of(7), null, true,
                        List.of(new OrderLine(SERUM, 1)), null, OrderStatus.CANCELLED), "2025-06-02T14:00:00Z")
                .deliver(review(2, 8, SERUM), "2025-06-02T15:00:00Z");
        assertThat(verified(1)).isTrue();
        List<Map<String, Object>> reviews = sql.queryForList("SELECT * FROM reviews ORDER BY id");

        stream.reset();
        stream.replay();

        assertThat(sql.queryForList("SELECT * FROM reviews ORDER BY id")).isEqualTo(reviews);
    }
}
