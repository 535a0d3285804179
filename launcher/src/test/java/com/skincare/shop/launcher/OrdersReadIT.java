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

import static com.skincare.shop.launcher.CatalogRequests.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The orders' read model over HTTP: orders placed through the shop's command gateway, as the checkout's endpoint
 * will place them, read by their owner, refused to anyone else as not found, and listed for the admin with
 * filters; the owner's statistics count the confirmed order only.
 */
class OrdersReadIT extends ShopIT {

    private static final OrderPricingTerms PRICING = new OrderPricingTerms(new BigDecimal("2.50"),
            new BigDecimal("50.00"), BigDecimal.ZERO);
    private static final OrderAddress ADDRESS = new OrderAddress("Sokha", "Chan", null, "12 Street 271", null,
            "Phnom Penh", null, "12000", "KH", "+85512345678");

    @Autowired
    CommandGateway commands;

    @Autowired
    OrderIds orderIds;

    @Test
    void ownersReadTheirOrdersOthersFindNoneAndTheAdminFiltersThem() {
        Customer owner = newCustomer();
        Customer other = newCustomer();
        long toner = createProduct(unique(), 10);
        OrderId confirmed = orderIds.nextOrderId();
        OrderId rejected = orderIds.nextOrderId();
        String confirmedNumber = place(confirmed, owner, List.of(item(toner, 2)));
        place(rejected, owner, List.of(item(toner, 11)));

        eventually(() -> assertThat(owner.http().get("/api/v1/orders/" + confirmed.value()).data()
                .path("status").asText()).isEqualTo("confirmed"));
        eventually(() -> assertThat(owner.http().get("/api/v1/orders/" + rejected.value()).data()
                .path("status").asText()).isEqualTo("cancelled"));

        JsonNode order = owner.http().get("/api/v1/orders/" + confirmed.value()).data();
        assertThat(order.path("order_number").asText()).isEqualTo(confirmedNumber);
        assertThat(order.path("total").decimalValue()).isEqualByComparingTo("31.50");
        assertThat(order.path("shipping_address").path("address_line1").asText()).isEqualTo("12 Street 271");
        assertThat(order.path("items").findValuesAsText("product_id")).containsExactly(Long.toString(toner));
        Http.Answer mine = owner.http().get("/api/v1/orders");
        assertThat(mine.data().path("data").findValuesAsText("id"))
                .containsExactly(Long.toString(rejected.value()), Long.toString(confirmed.value()));
        assertThat(owner.http().get("/api/v1/orders?status=confirmed").data().path("data").findValuesAsText("id"))
                .containsExactly(Long.toString(confirmed.value()));

        assertThat(other.http().get("/api/v1/orders/" + confirmed.value()).status()).isEqualTo(404);
        assertThat(other.http().get("/api/v1/orders").data().path("total_items").asLong()).isZero();
        assertThat(anonymous().get("/api/v1/orders/" + confirmed.value()).status()).isEqualTo(401);
        assertThat(anonymous().get("/api/v1/orders").status()).isEqualTo(401);
        assertThat(owner.http().get("/api/v1/admin/orders").status()).isEqualTo(403);

        String owners = "/api/v1/admin/orders?user_id=" + owner.id();
        assertThat(admin().get(owners).data().path("total_items").asLong()).isEqualTo(2);
        assertThat(admin().get(owners + "&payment_status=failed").data().path("data").findValuesAsText("id"))
                .containsExactly(Long.toString(rejected.value()));
        assertThat(admin().get(owners + "&sort=total&order=asc").data().path("data").findValuesAsText("id"))
                .containsExactly(Long.toString(confirmed.value()), Long.toString(rejected.value()));
        assertThat(admin().get("/api/v1/admin/orders?search=" + confirmedNumber).data().path("data")
                .findValuesAsText("id")).containsExactly(Long.toString(confirmed.value()));
        assertThat(admin().get("/api/v1/admin/orders/" + confirmed.value()).data().path("customer_email").asText())
                .isEqualTo(owner.email());
        assertThat(admin().get("/api/v1/admin/orders/" + Integer.MAX_VALUE).status()).isEqualTo(404);
        eventually(() -> {
            JsonNode customer = admin().get("/api/v1/admin/customers/" + owner.id()).data();
            assertThat(customer.path("total_orders").asInt()).isEqualTo(1);
            assertThat(customer.path("total_spent").decimalValue()).isEqualByComparingTo("31.50");
        });
    }

    @Test
    void badParametersAreRefusedNamingThem() {
        Customer customer = newCustomer();
        assertRefused(() -> customer.http().get("/api/v1/orders?status=lost"), 400, "BAD_REQUEST", "status");
        assertRefused(() -> customer.http().get("/api/v1/orders?limit=101"), 400, "BAD_REQUEST", "limit");
        assertRefused(() -> customer.http().get("/api/v1/orders/abc"), 400, "BAD_REQUEST", "id");
        assertRefused(() -> admin().get("/api/v1/admin/orders?payment_status=maybe"), 400, "BAD_REQUEST",
                "payment_status");
        assertRefused(() -> admin().get("/api/v1/admin/orders?user_id=-3"), 400, "BAD_REQUEST", "user_id");
        assertRefused(() -> admin().get("/api/v1/admin/orders?sort=price"), 400, "BAD_REQUEST", "sort");
        assertRefused(() -> admin().get("/api/v1/admin/orders?order=up"), 400, "BAD_REQUEST", "order");
        assertRefused(() -> admin().get("/api/v1/admin/orders/0"), 400, "BAD_REQUEST", "id");
    }

    private String place(OrderId order, Customer customer, List<OrderItem> items) {
        Instant placedAt = Instant.now();
        String number = OrderIds.orderNumber(order, placedAt);
        commands.sendAndWait(new PlaceOrderCommand(order, number, UserId.of(customer.id()), "Sokha Chan",
                customer.email(), items, ADDRESS, null, null, null, null, PRICING, true, placedAt));
        return number;
    }

    private long createProduct(String suffix, int stock) {
        Map<String, Object> body = product(suffix);
        body.put("stock", stock);
        Http.Answer created = admin().post("/api/v1/admin/products", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().path("id").asLong();
    }

    private static OrderItem item(long product, int quantity) {
        return new OrderItem(ProductId.of(product), quantity, "Rice Water Toner", "IT-TON-" + product,
                new BigDecimal("14.50"), Set.of("toner"));
    }
}
