package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.skincare.shop.api.catalog.StockAdjustedEvent;
import com.skincare.shop.api.common.ProductId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.skincare.shop.launcher.CatalogRequests.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/orders} over HTTP: the answer is the checkout's decision (the confirmed order with its
 * snapshots and totals, or 422 with the reason), the cart is checked out without {@code items}, and nothing is
 * placed, reserved or redeemed for a request the shop refuses.
 */
class CheckoutHttpIT extends ShopIT {

    static final String ORDERS = "/api/v1/orders";

    @Autowired
    EventStore eventStore;

    @Test
    void aConfirmedOrderIsAnsweredWithItsSnapshotsAndTotalsAndIsThenReadable() {
        Customer customer = newCustomer();
        long toner = createProduct(unique(), 40, "14.50");
        long serum = createProduct(unique(), 5, "21.00");

        Http.Answer placed = customer.http().post(ORDERS, order(List.of(line(toner, 2), line(serum, 1))));

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        JsonNode order = placed.data();
        long id = order.path("id").asLong();
        assertThat(placed.header("Location")).contains(ORDERS + "/" + id);
        assertThat(order.path("status").asText()).isEqualTo("confirmed");
        assertThat(order.path("order_number").asText()).matches("SK-\\d{8}-\\d{6,}");
        assertThat(order.path("customer_email").asText()).isEqualTo(customer.email());
        assertThat(order.path("customer_name").asText()).isEqualTo("Sophea Chan");
        assertThat(order.path("items").findValuesAsText("product_sku"))
                .containsExactly("IT-TON-" + skuOf(toner), "IT-TON-" + skuOf(serum));
        assertThat(order.path("items").get(0).path("unit_price").decimalValue()).isEqualByComparingTo("14.50");
        assertThat(order.path("items").get(0).path("total_price").decimalValue()).isEqualByComparingTo("29.00");
        assertThat(money(order, "subtotal")).isEqualByComparingTo("50.00");
        assertThat(money(order, "shipping_amount")).isEqualByComparingTo("0.00");
        assertThat(money(order, "total")).isEqualByComparingTo(money(order, "subtotal").add(money(order, "tax_amount"))
                .add(money(order, "shipping_amount")).subtract(money(order, "discount_amount")));
        assertThat(order.path("shipping_address").path("phone").asText()).isEqualTo("+85512345678");
        assertThat(order.path("billing_address").path("city").asText()).isEqualTo("Phnom Penh");

        eventually(() -> {
            Http.Answer read = customer.http().get(ORDERS + "/" + id);
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.data().path("status").asText()).isEqualTo("confirmed");
            assertThat(money(read.data(), "total")).isEqualByComparingTo(money(order, "total"));
            assertThat(read.data().path("order_number").asText()).isEqualTo(order.path("order_number").asText());
        });
        assertThat(stockAfter(toner)).isEqualTo(38);
        assertThat(stockAfter(serum)).isEqualTo(4);
    }

    @Test
    void withoutItemsTheCartIsCheckedOutAndEmptiedOnceConfirmed() {
        Customer customer = newCustomer();
        long toner = createProduct(unique(), 40, "14.50");
        long serum = createProduct(unique(), 40, "21.00");
        assertThat(customer.http().post("/api/v1/cart/add", Map.of("product_id", toner, "quantity", 3)).status())
                .isEqualTo(200);
        assertThat(customer.http().post("/api/v1/cart/add", Map.of("product_id", serum, "quantity", 1)).status())
                .isEqualTo(200);

        Http.Answer placed = customer.http().post(ORDERS, order(null));

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.data().path("items").findValuesAsText("quantity")).containsExactly("3", "1");
        assertThat(money(placed.data(), "subtotal")).isEqualByComparingTo("64.50");
        eventually(() -> assertThat(customer.http().get("/api/v1/cart").data().path("items").size()).isZero());
        assertThat(stockAfter(toner)).isEqualTo(37);
    }

    @Test
    void anEmptyCartIsRefused() {
        Customer customer = newCustomer();
        assertRefused(() -> customer.http().post(ORDERS, order(null)), 422, "CART_EMPTY", null);
    }

    @Test
    void moreThanIsInStockIsRefusedWithTheStockUnchanged() {
        Customer customer = newCustomer();
        long scarce = createProduct(unique(), 2, "14.50");
        assertRefused(() -> customer.http().post(ORDERS, order(List.of(line(scarce, 3)))), 422,
                "INSUFFICIENT_STOCK", null);
        assertThat(stockAfter(scarce)).isEqualTo(2);
    }

    static Map<String, Object> order(List<Map<String, Object>> items) {
        Map<String, Object> body = new HashMap<>();
        body.put("shipping_address", address());
        if (items != null) {
            body.put("items", items);
        }
        return body;
    }

    static Map<String, Object> address() {
        Map<String, Object> address = new HashMap<>();
        address.put("first_name", "Sokha");
        address.put("last_name", "Chan");
        address.put("address_line1", "12 Street 271");
        address.put("city", "Phnom Penh");
        address.put("postal_code", "12000");
        address.put("country", "KH");
        address.put("phone", "+85512345678");
        return address;
    }

    static Map<String, Object> line(long product, Object quantity) {
        Map<String, Object> line = new HashMap<>();
        line.put("product_id", product);
        line.put("quantity", quantity);
        return line;
    }

    static BigDecimal money(JsonNode node, String field) {
        return node.path(field).decimalValue();
    }

    private final Map<Long, String> skus = new HashMap<>();

    private String skuOf(long product) {
        return skus.get(product);
    }

    long createProduct(String suffix, int stock, String price) {
        Map<String, Object> body = product(suffix);
        body.put("stock", stock);
        body.put("price", new BigDecimal(price));
        body.put("compare_at_price", new BigDecimal(price).add(BigDecimal.TEN));
        Http.Answer created = admin().post("/api/v1/admin/products", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.data().path("id").asLong();
        skus.put(id, suffix);
        return id;
    }

    /** The product's stock as its own events last set it. */
    int stockAfter(long product) {
        return eventStore.readEvents(ProductId.of(product).toString()).asStream()
                .map(DomainEventMessage::getPayload)
                .filter(StockAdjustedEvent.class::isInstance).map(StockAdjustedEvent.class::cast)
                .reduce((first, second) -> second).map(StockAdjustedEvent::stockAfter)
                .orElseGet(() -> admin().get("/api/v1/admin/inventory/" + product).data().path("stock").asInt());
    }
}
