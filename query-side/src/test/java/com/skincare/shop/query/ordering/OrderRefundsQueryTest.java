package com.skincare.shop.query.ordering;

import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.identity.Language;
import com.skincare.shop.api.identity.UserProfile;
import com.skincare.shop.api.identity.UserRegisteredEvent;
import com.skincare.shop.api.identity.UserRole;
import com.skincare.shop.api.ordering.FindOrderQuery;
import com.skincare.shop.api.ordering.OrderId;
import com.skincare.shop.api.ordering.OrderPaymentStatusChangedEvent;
import com.skincare.shop.api.ordering.OrderPlacedEvent;
import com.skincare.shop.api.ordering.OrderRefundView;
import com.skincare.shop.api.ordering.OrderRefundedEvent;
import com.skincare.shop.api.ordering.OrderStatus;
import com.skincare.shop.api.ordering.OrderView;
import com.skincare.shop.api.ordering.PaymentStatus;
import com.skincare.shop.projections.ScratchDatabase;
import com.skincare.shop.projections.identity.UserProjector;
import com.skincare.shop.projections.ordering.OrderProjector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static com.skincare.shop.projections.ordering.OrderEvents.confirmed;
import static com.skincare.shop.projections.ordering.OrderEvents.item;
import static com.skincare.shop.projections.ordering.OrderEvents.placed;
import static org.assertj.core.api.Assertions.assertThat;

/** An order's refunds in its view: each with its number, amount, reason, restock and time, and their sum. */
class OrderRefundsQueryTest {

    private static ScratchDatabase database;
    private static OrderQueryHandler handler;

    /** Order 12 (21.50) refunded 5.00 with restock, then 6.50; order 13 never refunded. */
    @BeforeAll
    static void twoOrders() {
        database = ScratchDatabase.fresh("order_refunds_query_test");
        database.jdbc().getJdbcTemplate().update("INSERT INTO products (id, name_en, slug, sku, price, category)"
                + " VALUES (5, 'Serum', 'serum', 'S-5', 9.5, 'serums')");
        new UserProjector(database.jdbc()).on(new UserRegisteredEvent(UserId.of(7), "user7@example.com",
                "$2a$hash", new UserProfile("A", "B", null, null, null, SkinType.DRY, Language.EN),
                UserRole.CUSTOMER, null), Instant.parse("2025-06-01T00:00:00Z"));
        OrderProjector orders = new OrderProjector(database.jdbc());
        OrderPlacedEvent twelve = placed(12, 7, "sophea@example.com", List.of(item(5, 2, "9.50")));
        OrderPlacedEvent thirteen = placed(13, 7, "sophea@example.com", List.of(item(5, 1, "9.50")));
        OrderId order = twelve.orderId();
        orders.on(twelve, Instant.parse("2025-06-02T10:00:00Z"));
        orders.on(confirmed(twelve, "0.00"), Instant.parse("2025-06-02T10:00:01Z"));
        orders.on(new OrderPaymentStatusChangedEvent(order, PaymentStatus.PENDING, PaymentStatus.PAID),
                Instant.parse("2025-06-02T11:00:00Z"));
        orders.on(new OrderRefundedEvent(order, 1, new BigDecimal("5.00"), "One bottle broken",
                new BigDecimal("5.00"), List.of(), PaymentStatus.PARTIALLY_REFUNDED, OrderStatus.CONFIRMED),
                Instant.parse("2025-06-04T09:00:00Z"));
        orders.on(new OrderRefundedEvent(order, 2, new BigDecimal("6.50"), null, new BigDecimal("11.50"), List.of(),
                PaymentStatus.PARTIALLY_REFUNDED, OrderStatus.CONFIRMED), Instant.parse("2025-06-05T09:00:00Z"));
        orders.on(thirteen, Instant.parse("2025-06-03T10:00:00Z"));
        handler = new OrderQueryHandler(database.jdbc());
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @Test
    void anOrderShowsItsRefundsFirstFirstAndTheirSum() {
        OrderView order = handler.handle(new FindOrderQuery(12, null)).orElseThrow();

        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(order.refundedTotal()).isEqualByComparingTo("11.50");
        assertThat(order.refunds()).containsExactly(
                new OrderRefundView(1, new BigDecimal("5.00"), "One bottle broken", false,
                        Instant.parse("2025-06-04T09:00:00Z")),
                new OrderRefundView(2, new BigDecimal("6.50"), null, false, Instant.parse("2025-06-05T09:00:00Z")));
    }

    @Test
    void anOrderWithoutRefundsShowsNone() {
        OrderView order = handler.handle(new FindOrderQuery(13, 7L)).orElseThrow();

        assertThat(order.refunds()).isEmpty();
        assertThat(order.refundedTotal()).isEqualByComparingTo("0.00");
    }
}
