package com.skincare.shop.launcher;

import com.skincare.shop.api.catalog.StockAdjustedEvent;
import com.skincare.shop.api.catalog.StockChangeReason;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.ordering.OrderAddress;
import com.skincare.shop.api.ordering.OrderConfirmedEvent;
import com.skincare.shop.api.ordering.OrderId;
import com.skincare.shop.api.ordering.OrderItem;
import com.skincare.shop.api.ordering.OrderPricingTerms;
import com.skincare.shop.api.ordering.OrderRejectedEvent;
import com.skincare.shop.api.ordering.PlaceOrderCommand;
import com.skincare.shop.command.ordering.OrderIds;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.skincare.shop.launcher.CatalogRequests.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The checkout's core through the shop's own command gateway, event store and saga store: an order placed for
 * two products ends confirmed with their stock taken, and one that cannot have its stock ends rejected with
 * everything given back. The command is sent here as {@code POST /api/v1/orders} sends it (see CheckoutHttpIT).
 */
class CheckoutIT extends ShopIT {

    private static final OrderPricingTerms PRICING = new OrderPricingTerms(new BigDecimal("2.50"),
            new BigDecimal("50.00"), BigDecimal.ZERO);
    private static final OrderAddress ADDRESS = new OrderAddress("Sokha", "Chan", null, "12 Street 271", null,
            "Phnom Penh", null, "12000", "KH", "+85512345678");

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Autowired
    OrderIds orderIds;

    @Autowired
    SagaStore<?> sagaStore;

    @Test
    void checkoutsAreKeptInTheJdbcSagaStore() {
        assertThat(sagaStore).isInstanceOf(JdbcSagaStore.class);
    }

    @Test
    void anOrderForTwoProductsEndsConfirmedWithTheirStockTaken() {
        long toner = createProduct(unique(), 40);
        long serum = createProduct(unique(), 5);
        OrderId order = orderIds.nextOrderId();

        commands.sendAndWait(placeOrder(order, List.of(item(toner, 3), item(serum, 5))));

        eventually(() -> assertThat(payloads(order.toString())).last().isInstanceOf(OrderConfirmedEvent.class));
        OrderConfirmedEvent confirmed = (OrderConfirmedEvent) last(payloads(order.toString()));
        assertThat(confirmed.totals().total()).isEqualByComparingTo("116.00");
        assertThat(stockEvents(toner)).last().isEqualTo(
                new StockAdjustedEvent(ProductId.of(toner), -3, 37, StockChangeReason.ORDER, order.value()));
        assertThat(stockEvents(serum)).last().isEqualTo(
                new StockAdjustedEvent(ProductId.of(serum), -5, 0, StockChangeReason.ORDER, order.value()));
        eventually(() -> assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM axon.association_value_entry WHERE associationValue = ?", Long.class,
                order.toString())).as("the checkout ended and left the saga store").isZero());
    }

    @Test
    void anOrderShortOfStockEndsRejectedWithEverythingGivenBack() {
        long plenty = createProduct(unique(), 40);
        long scarce = createProduct(unique(), 1);
        OrderId order = orderIds.nextOrderId();
        // The scarce product is reserved second, so the first one's reservation has to be given back.
        long first = Math.min(plenty, scarce);
        long second = Math.max(plenty, scarce);
        int firstStock = first == plenty ? 40 : 1;
        commands.sendAndWait(placeOrder(order, List.of(item(first, 1), item(second, second == scarce ? 2 : 41))));

        eventually(() -> assertThat(payloads(order.toString())).last().isInstanceOf(OrderRejectedEvent.class));
        OrderRejectedEvent rejected = (OrderRejectedEvent) last(payloads(order.toString()));
        assertThat(rejected.reasonCode()).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(stockEvents(first)).containsExactly(
                new StockAdjustedEvent(ProductId.of(first), -1, firstStock - 1, StockChangeReason.ORDER,
                        order.value()),
                new StockAdjustedEvent(ProductId.of(first), 1, firstStock, StockChangeReason.CANCELLATION,
                        order.value()));
        assertThat(stockEvents(second)).isEmpty();
    }

    @Test
    void aCouponTakesItsDiscountAndAUsedUpCouponRejectsTheNextOrderWithItsStockGivenBack() {
        long toner = createProduct(unique(), 40);
        long coupon = createCoupon("IT-CHK-" + unique(), 1);
        OrderId first = orderIds.nextOrderId();
        OrderId second = orderIds.nextOrderId();

        commands.sendAndWait(placeOrder(first, UserId.of(1), List.of(item(toner, 8)), coupon));
        eventually(() -> assertThat(payloads(first.toString())).last().isInstanceOf(OrderConfirmedEvent.class));
        commands.sendAndWait(placeOrder(second, UserId.of(2), List.of(item(toner, 2)), coupon));
        eventually(() -> assertThat(payloads(second.toString())).last().isInstanceOf(OrderRejectedEvent.class));

        OrderConfirmedEvent confirmed = (OrderConfirmedEvent) last(payloads(first.toString()));
        assertThat(confirmed.totals().discount()).isEqualByComparingTo("11.60");
        assertThat(confirmed.totals().total()).isEqualByComparingTo("104.40");
        assertThat(((OrderRejectedEvent) last(payloads(second.toString()))).reasonCode()).isEqualTo("COUPON_USED_UP");
        assertThat(stockEvents(toner)).extracting(StockAdjustedEvent::delta, StockAdjustedEvent::stockAfter)
                .containsExactly(tuple(-8, 32), tuple(-2, 30), tuple(2, 32));
    }

    private long createCoupon(String code, int usageLimit) {
        Http.Answer created = admin().post("/api/v1/admin/coupons", Map.of("code", code, "name", "Coupon " + code,
                "type", "percentage", "value", 10, "usage_limit", usageLimit));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().path("id").asLong();
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

    private static PlaceOrderCommand placeOrder(OrderId order, List<OrderItem> items) {
        return placeOrder(order, UserId.of(1), items, null);
    }

    private static PlaceOrderCommand placeOrder(OrderId order, UserId customer, List<OrderItem> items, Long coupon) {
        Instant placedAt = Instant.now();
        return new PlaceOrderCommand(order, OrderIds.orderNumber(order, placedAt), customer, "Sokha Chan",
                "sokha@example.com", items, ADDRESS, null, coupon == null ? null : "it-coupon", coupon, null,
                PRICING, true, placedAt);
    }

    private List<Object> payloads(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
    }

    private static Object last(List<Object> events) {
        return events.get(events.size() - 1);
    }

    /** The product's stock changes after its creation. */
    private List<StockAdjustedEvent> stockEvents(long product) {
        return payloads(ProductId.of(product).toString()).stream()
                .filter(StockAdjustedEvent.class::isInstance).map(StockAdjustedEvent.class::cast).toList();
    }
}
