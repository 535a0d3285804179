package com.skincare.shop.query.dashboard;

import com.skincare.shop.api.cart.CartId;
import com.skincare.shop.api.cart.CartItemAddedEvent;
import com.skincare.shop.api.catalog.CategoryCreatedEvent;
import com.skincare.shop.api.catalog.CategoryDetails;
import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.catalog.ProductCreatedEvent;
import com.skincare.shop.api.catalog.ProductDetails;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.identity.Language;
import com.skincare.shop.api.identity.UserProfile;
import com.skincare.shop.api.identity.UserRegisteredEvent;
import com.skincare.shop.api.identity.UserRole;
import com.skincare.shop.api.ordering.OrderCancelledEvent;
import com.skincare.shop.api.ordering.OrderId;
import com.skincare.shop.api.ordering.OrderItem;
import com.skincare.shop.api.ordering.OrderPaymentStatusChangedEvent;
import com.skincare.shop.api.ordering.OrderPlacedEvent;
import com.skincare.shop.api.ordering.OrderRefundedEvent;
import com.skincare.shop.api.ordering.OrderStatus;
import com.skincare.shop.api.ordering.PaymentStatus;
import com.skincare.shop.projections.ScratchDatabase;
import com.skincare.shop.projections.cart.CartProjector;
import com.skincare.shop.projections.catalog.CategoryProjector;
import com.skincare.shop.projections.catalog.ProductProjector;
import com.skincare.shop.projections.identity.UserProjector;
import com.skincare.shop.projections.ordering.OrderProjector;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static com.skincare.shop.projections.ordering.OrderEvents.confirmed;
import static com.skincare.shop.projections.ordering.OrderEvents.item;
import static com.skincare.shop.projections.ordering.OrderEvents.placed;

/**
 * A shop's first days of June 2025, written by the real projectors from events with their timestamps (UTC); the
 * reports read them in Phnom Penh's time (UTC+7). The range under test is 2025-06-01..2025-06-10.
 * <pre>
 * users     7 Sophea (May 20), 8 Dara (2025-06-02T18:00Z = June 3 in Phnom Penh), 9 Vanna (June 10, a cart, no
 *           order), 10 an admin (June 5)
 * products  5 Serum 9.50 (category 1), 6 Toner 7.00 (categories 1, 2), 7 Cream 20.00 (category 2, stock 3),
 *           8 archived (stock 1), 9 untracked (stock 0); 5 and 6 hold 50
 * orders    (shipping 2.50 each)
 *   18  Dara   05-31T16:00Z  May 31 23:00  confirmed            6 x1          9.50   before the range
 *   19  Sophea 05-31T17:30Z  June 1 00:30  confirmed            6 x1          9.50   her first
 *   12  Sophea 06-01T10:00Z  June 1        confirmed, -2.60     5 x2, 6 x1   25.90
 *   13  Sophea 06-01T18:30Z  June 2 01:30  confirmed, paid      6 x3         23.50   5.00 refunded June 3
 *   14  Dara   06-03T03:00Z  June 3        cancelled            5 x1         12.00
 *   15  Dara   06-04T03:00Z  June 4        refunded             5 x4         40.50   all refunded June 5
 *   16  Dara   06-09T03:00Z  June 9        confirmed            7 x1         22.50
 *   17  Sophea 06-09T04:00Z  June 9        pending              5 x1         12.00
 * </pre>
 */
final class SalesHistory {

    private SalesHistory() {
    }

    static ScratchDatabase write(String name) {
        ScratchDatabase database = ScratchDatabase.fresh(name);
        NamedParameterJdbcTemplate jdbc = database.jdbc();
        CategoryProjector categories = new CategoryProjector(jdbc);
        categories.on(new CategoryCreatedEvent(CategoryId.of(1), new CategoryDetails("Serums", "serums", null, null,
                null, true, 1)), Instant.parse("2025-05-01T00:00:00Z"));
        categories.on(new CategoryCreatedEvent(CategoryId.of(2), new CategoryDetails("Toners", "toners", null, null,
                null, true, 2)), Instant.parse("2025-05-01T00:00:00Z"));
        ProductProjector products = new ProductProjector(jdbc);
        product(products, 5, "Serum", "9.50", 50, true, ProductStatus.ACTIVE, 1);
        product(products, 6, "Toner", "7.00", 50, true, ProductStatus.ACTIVE, 1, 2);
        product(products, 7, "Cream", "20.00", 3, true, ProductStatus.ACTIVE, 2);
        product(products, 8, "Old Mask", "5.00", 1, true, ProductStatus.ARCHIVED);
        product(products, 9, "Gift Card", "10.00", 0, false, ProductStatus.ACTIVE);

        UserProjector users = new UserProjector(jdbc);
        user(users, 7, UserRole.CUSTOMER, "Sophea", "2025-05-20T00:00:00Z");
        user(users, 8, UserRole.CUSTOMER, "Dara", "2025-06-02T18:00:00Z");
        user(users, 9, UserRole.CUSTOMER, "Vanna", "2025-06-10T01:00:00Z");
        user(users, 10, UserRole.ADMIN, "Admin", "2025-06-05T01:00:00Z");

        CartProjector carts = new CartProjector(jdbc);
        carts.on(new CartItemAddedEvent(CartId.of(9), 901, ProductId.of(5), 1, 1), Instant.parse("2025-06-10T02:00:00Z"));
        carts.on(new CartItemAddedEvent(CartId.of(7), 701, ProductId.of(7), 2, 2), Instant.parse("2025-06-04T02:00:00Z"));
        carts.on(new CartItemAddedEvent(CartId.of(8), 801, ProductId.of(6), 1, 1), Instant.parse("2025-05-20T02:00:00Z"));

        OrderProjector orders = new OrderProjector(jdbc);
        confirm(orders, placed(18, 8, "dara@example.com", List.of(item(6, 1, "7.00"))), "2025-05-31T16:00:00Z", "0.00");
        confirm(orders, placed(19, 7, "sophea@example.com", List.of(item(6, 1, "7.00"))), "2025-05-31T17:30:00Z",
                "0.00");
        confirm(orders, placed(12, 7, "sophea@example.com", List.of(item(5, 2, "9.50"), item(6, 1, "7.00"))),
                "2025-06-01T10:00:00Z", "2.60");
        OrderId thirteen = confirm(orders, placed(13, 7, "sophea@example.com", List.of(item(6, 3, "7.00"))),
                "2025-06-01T18:30:00Z", "0.00");
        paid(orders, thirteen, "2025-06-02T01:00:00Z");
        orders.on(new OrderRefundedEvent(thirteen, 1, new BigDecimal("5.00"), "Cracked cap", new BigDecimal("5.00"),
                List.of(), PaymentStatus.PARTIALLY_REFUNDED, OrderStatus.CONFIRMED), Instant.parse("2025-06-03T02:00:00Z"));
        OrderId fourteen = confirm(orders, placed(14, 8, "dara@example.com", List.of(item(5, 1, "9.50"))),
                "2025-06-03T03:00:00Z", "0.00");
        orders.on(new OrderCancelledEvent(fourteen, UserId.of(8), "Changed my mind", true, List.of(), null,
                OrderStatus.CANCELLED), Instant.parse("2025-06-03T04:00:00Z"));
        OrderId fifteen = confirm(orders, placed(15, 8, "dara@example.com", List.of(item(5, 4, "9.50"))),
                "2025-06-04T03:00:00Z", "0.00");
        paid(orders, fifteen, "2025-06-04T04:00:00Z");
        orders.on(new OrderCancelledEvent(fifteen, UserId.of(8), "refunded", false, List.of(), null,
                OrderStatus.CANCELLED), Instant.parse("2025-06-05T03:00:00Z"));
        orders.on(new OrderRefundedEvent(fifteen, 1, new BigDecimal("40.50"), null, new BigDecimal("40.50"), List.of(),
                PaymentStatus.REFUNDED, OrderStatus.REFUNDED), Instant.parse("2025-06-05T03:00:00Z"));
        confirm(orders, placed(16, 8, "dara@example.com", List.of(item(7, 1, "20.00"))), "2025-06-09T03:00:00Z",
                "0.00");
        orders.on(placed(17, 7, "sophea@example.com", List.of(item(5, 1, "9.50"))), Instant.parse("2025-06-09T04:00:00Z"));
        return database;
    }

    private static OrderId confirm(OrderProjector orders, OrderPlacedEvent placed, String at, String discount) {
        Instant time = Instant.parse(at);
        orders.on(placed, time);
        orders.on(confirmed(placed, discount), time.plusSeconds(1));
        return placed.orderId();
    }

    private static void paid(OrderProjector orders, OrderId order, String at) {
        orders.on(new OrderPaymentStatusChangedEvent(order, PaymentStatus.PENDING, PaymentStatus.PAID),
                Instant.parse(at));
    }

    private static void user(UserProjector users, long id, UserRole role, String firstName, String at) {
        users.on(new UserRegisteredEvent(UserId.of(id), firstName.toLowerCase() + "@example.com", "$2a$hash",
                new UserProfile(firstName, "Chan", null, null, null, SkinType.DRY, Language.EN), role, null),
                Instant.parse(at));
    }

    private static void product(ProductProjector products, long id, String name, String price, int stock,
                                boolean tracked, ProductStatus status, long... categoryIds) {
        ProductDetails details = new ProductDetails(name, name + " KH", "product-" + id, "About " + name, null, null,
                "SKU-" + id, null, new BigDecimal(price), null, null, tracked, false, null, null, SkinType.ALL,
                "serums", List.of(), List.of(), null, null, null, null, false,
                Arrays.stream(categoryIds).mapToObj(CategoryId::of).toList());
        products.on(new ProductCreatedEvent(ProductId.of(id), details, stock, status), Instant.parse("2025-05-01T00:00:00Z"));
    }
}
