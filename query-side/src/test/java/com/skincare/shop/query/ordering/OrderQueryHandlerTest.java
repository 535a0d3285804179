package com.skincare.shop.query.ordering;

import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.ResultPage;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.common.SortDirection;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.identity.Language;
import com.skincare.shop.api.identity.UserProfile;
import com.skincare.shop.api.identity.UserRegisteredEvent;
import com.skincare.shop.api.identity.UserRole;
import com.skincare.shop.api.ordering.FindOrderQuery;
import com.skincare.shop.api.ordering.FindOrdersQuery;
import com.skincare.shop.api.ordering.OrderFilter;
import com.skincare.shop.api.ordering.OrderItemView;
import com.skincare.shop.api.ordering.OrderPlacedEvent;
import com.skincare.shop.api.ordering.OrderSort;
import com.skincare.shop.api.ordering.OrderStatus;
import com.skincare.shop.api.ordering.OrderSummaryView;
import com.skincare.shop.api.ordering.OrderView;
import com.skincare.shop.api.ordering.PaymentStatus;
import com.skincare.shop.projections.ScratchDatabase;
import com.skincare.shop.projections.identity.UserProjector;
import com.skincare.shop.projections.ordering.OrderEvents;
import com.skincare.shop.projections.ordering.OrderProjector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static com.skincare.shop.projections.ordering.OrderEvents.confirmed;
import static com.skincare.shop.projections.ordering.OrderEvents.item;
import static com.skincare.shop.projections.ordering.OrderEvents.placed;
import static com.skincare.shop.projections.ordering.OrderEvents.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OrderQueryHandlerTest {

    private static ScratchDatabase database;
    private static OrderQueryHandler handler;

    /** Sophea (7) has orders 12 (confirmed), 13 (cancelled) and 16 (pending, a day later); Dara (8) has 14. */
    @BeforeAll
    static void fourOrders() {
        database = ScratchDatabase.fresh("order_query_test");
        database.jdbc().getJdbcTemplate().update("INSERT INTO products (id, name_en, slug, sku, price, category)"
                + " VALUES (5, 'Serum', 'serum', 'S-5', 9.5, 'serums'), (6, 'Toner', 'toner', 'T-6', 7, 'toners')");
        UserProjector users = new UserProjector(database.jdbc());
        for (long id : new long[]{7, 8}) {
            users.on(new UserRegisteredEvent(UserId.of(id), "user" + id + "@example.com", "$2a$hash",
                    new UserProfile("A", "B", null, null, null, SkinType.DRY, Language.EN), UserRole.CUSTOMER,
                    null), Instant.parse("2025-06-01T00:00:00Z"));
        }
        OrderProjector orders = new OrderProjector(database.jdbc());
        OrderPlacedEvent twelve = placed(12, 7, "sophea@example.com", List.of(item(5, 2, "9.50"), item(6, 1, "7.00")));
        OrderPlacedEvent thirteen = placed(13, 7, "sophea@example.com", List.of(item(6, 9, "7.00")));
        OrderPlacedEvent fourteen = placed(14, 8, "dara@example.com", List.of(item(5, 1, "9.50")));
        OrderPlacedEvent sixteen = placed(16, 7, "sophea@example.com", List.of(item(5, 5, "9.50")));
        orders.on(twelve, Instant.parse("2025-06-02T10:00:00Z"));
        orders.on(confirmed(twelve, "2.60"), Instant.parse("2025-06-02T10:00:01Z"));
        orders.on(thirteen, Instant.parse("2025-06-02T11:00:00Z"));
        orders.on(rejected(thirteen), Instant.parse("2025-06-02T11:00:01Z"));
        orders.on(fourteen, Instant.parse("2025-06-02T12:00:00Z"));
        orders.on(sixteen, Instant.parse("2025-06-03T09:00:00Z"));
        handler = new OrderQueryHandler(database.jdbc());
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    private static FindOrdersQuery query(OrderFilter filter, OrderSort sort, SortDirection direction, int limit) {
        return new FindOrdersQuery(filter, sort, direction, new PageRequest(1, limit));
    }

    @Test
    void aCustomersListHasTheirOrdersOnlyNewestFirstWithTheirLineCounts() {
        ResultPage<OrderSummaryView> page = handler.page(query(new OrderFilter(7L, null, null, null),
                OrderSort.CREATED_AT, SortDirection.DESC, 20));

        assertThat(page.totalItems()).isEqualTo(3);
        assertThat(page.items()).extracting(OrderSummaryView::id, OrderSummaryView::status,
                        OrderSummaryView::itemCount, OrderSummaryView::totalQuantity)
                .containsExactly(tuple(16L, OrderStatus.PENDING, 1, 5), tuple(13L, OrderStatus.CANCELLED, 1, 9),
                        tuple(12L, OrderStatus.CONFIRMED, 2, 3));
        assertThat(page.items().get(2).total()).isEqualByComparingTo("25.90");
        assertThat(page.items().get(2).createdAt()).isEqualTo(LocalDate.of(2025, 6, 2));
    }

    @Test
    void theFiltersNarrowAndCombine() {
        assertThat(handler.page(query(new OrderFilter(7L, OrderStatus.CONFIRMED, null, null), null, null, 20))
                .items()).extracting(OrderSummaryView::id).containsExactly(12L);
        assertThat(handler.page(query(new OrderFilter(null, null, PaymentStatus.FAILED, null), null, null, 20))
                .items()).extracting(OrderSummaryView::id).containsExactly(13L);
        assertThat(handler.page(query(new OrderFilter(null, null, null, "DARA@"), null, null, 20))
                .items()).extracting(OrderSummaryView::id).containsExactly(14L);
        assertThat(handler.page(query(new OrderFilter(null, null, null, "-000016"), null, null, 20))
                .items()).extracting(OrderSummaryView::id).containsExactly(16L);
        assertThat(handler.page(query(new OrderFilter(null, null, null, "50%_"), null, null, 20)).items())
                .as("LIKE wildcards are literal").isEmpty();
    }

    @Test
    void theAdminListSortsAndPages() {
        ResultPage<OrderSummaryView> byTotal = handler.page(query(OrderFilter.none(), OrderSort.TOTAL,
                SortDirection.DESC, 2));

        assertThat(byTotal.totalItems()).isEqualTo(4);
        assertThat(byTotal.totalPages()).isEqualTo(2);
        assertThat(byTotal.items()).extracting(OrderSummaryView::id).containsExactly(13L, 16L);
        assertThat(handler.page(query(OrderFilter.none(), OrderSort.ORDER_NUMBER, SortDirection.ASC, 20)).items())
                .extracting(OrderSummaryView::id).containsExactly(12L, 13L, 14L, 16L);
    }

    @Test
    void oneOrderHasItsLinesAndAddressesAndAnotherCustomersOrderIsNotFound() {
        Optional<OrderView> own = handler.handle(new FindOrderQuery(12, 7L));

        assertThat(own).isPresent();
        assertThat(own.get().items()).extracting(OrderItemView::id, OrderItemView::productId,
                        OrderItemView::productName, OrderItemView::quantity)
                .containsExactly(tuple(1200L, 5L, "Product 5", 2), tuple(1201L, 6L, "Product 6", 1));
        assertThat(own.get().shippingAddress()).isEqualTo(OrderEvents.ADDRESS);
        assertThat(own.get().billingAddress()).isEqualTo(OrderEvents.ADDRESS);
        assertThat(own.get().discountAmount()).isEqualByComparingTo("2.60");
        assertThat(own.get().notes()).isEqualTo("Leave at the door");
        assertThat(handler.handle(new FindOrderQuery(12, 8L))).isEmpty();
        assertThat(handler.handle(new FindOrderQuery(12, null))).isPresent();
        assertThat(handler.handle(new FindOrderQuery(99, null))).isEmpty();
    }
}
