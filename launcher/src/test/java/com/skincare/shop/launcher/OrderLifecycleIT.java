package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.skincare.shop.api.catalog.StockAdjustedEvent;
import com.skincare.shop.api.catalog.StockChangeReason;
import com.skincare.shop.api.catalog.StockReservationSettledEvent;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.ordering.OrderAddress;
import com.skincare.shop.api.ordering.OrderId;
import com.skincare.shop.api.ordering.OrderItem;
import com.skincare.shop.api.ordering.OrderPricingTerms;
import com.skincare.shop.api.ordering.PlaceOrderCommand;
import com.skincare.shop.command.ordering.OrderCompensation;
import com.skincare.shop.command.ordering.OrderIds;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import static com.skincare.shop.launcher.CatalogRequests.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An order's life over HTTP after the checkout (placed through the shop's command gateway, as in
 * {@link CheckoutIT}): the customer's cancellation giving the stock and the coupon's use back, the admin's status
 * machine, shipping with a tracking number, refunds partial and whole with restock, bulk updates, a customer's
 * orders in the admin's customer view, and verified purchases on reviews.
 */
class OrderLifecycleIT extends ShopIT {

    private static final OrderPricingTerms PRICING = new OrderPricingTerms(new BigDecimal("2.50"),
            new BigDecimal("50.00"), BigDecimal.ZERO);
    private static final OrderAddress ADDRESS = new OrderAddress("Sokha", "Chan", null, "12 Street 271", null,
            "Phnom Penh", null, "12000", "KH", "+85512345678");

    @Autowired
    CommandGateway commands;

    @Autowired
    OrderIds orderIds;

    @Autowired
    EventStore eventStore;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void theCompensationRunsOnATrackingProcessorOfItsOwn() {
        assertThat(processing.eventProcessor(OrderCompensation.GROUP, TrackingEventProcessor.class)).isPresent();
    }

    @Test
    void aCancelledOrderGivesItsStockAndCouponBackOnceAndTheCouponServesTheNextOrder() {
        Customer owner = newCustomer();
        Customer other = newCustomer();
        long serum = createProduct(10);
        String code = "IT-LIFE-" + unique();
        long coupon = createCoupon(code, 1);
        long order = placeAndConfirm(owner, List.of(item(serum, 3)), code, coupon);
        eventually(() -> assertThat(stock(serum)).isEqualTo(7));
        eventually(() -> assertThat(admin().get("/api/v1/admin/coupons/" + coupon).data().path("used_count")
                .asInt()).isEqualTo(1));

        assertRefused(() -> other.http().post("/api/v1/orders/" + order + "/cancel", Map.of()), 404, "NOT_FOUND",
                null);
        assertThat(other.http().post("/api/v1/orders/" + order + "/cancel", Map.of()).body())
                .as("another's order answers as an order that does not exist")
                .isEqualTo(other.http().post("/api/v1/orders/" + Integer.MAX_VALUE + "/cancel", Map.of()).body());
        Http.Answer cancelled = owner.http().post("/api/v1/orders/" + order + "/cancel",
                Map.of("reason", "Ordered twice"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.data().path("status").asText()).isEqualTo("cancelled");

        eventually(() -> assertThat(stock(serum)).isEqualTo(10));
        eventually(() -> assertThat(admin().get("/api/v1/admin/coupons/" + coupon).data().path("used_count")
                .asInt()).isZero());
        eventually(() -> assertThat(owner.http().get("/api/v1/orders/" + order).data().path("status").asText())
                .isEqualTo("cancelled"));
        Http.Answer again = owner.http().post("/api/v1/orders/" + order + "/cancel", null);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);

        long next = placeAndConfirm(other, List.of(item(serum, 1)), code, coupon);
        assertThat(admin().get("/api/v1/admin/orders/" + next).data().path("discount_amount").decimalValue())
                .isPositive();
        eventually(() -> assertThat(stock(serum)).isEqualTo(9));
        assertThat(stockEvents(serum)).filteredOn(e -> Long.valueOf(order).equals(e.orderId()))
                .extracting(StockAdjustedEvent::reason, StockAdjustedEvent::delta)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(StockChangeReason.ORDER, -3),
                        org.assertj.core.groups.Tuple.tuple(StockChangeReason.CANCELLATION, 3));
        eventually(() -> assertThat(admin().get("/api/v1/admin/customers/" + owner.id()).data()
                .path("total_orders").asInt()).as("a cancelled order does not count").isZero());
    }

    @Test
    void anOrderIsShippedWithItsTrackingNumberDeliveredAndRefundedInPartThenWholeWithRestock() {
        Customer owner = newCustomer();
        long toner = createProduct(10);
        long order = placeAndConfirm(owner, List.of(item(toner, 4)), null, null);
        String path = "/api/v1/admin/orders/" + order;
        eventually(() -> assertThat(stock(toner)).isEqualTo(6));

        assertThat(admin().put(path + "/status", Map.of("status", "processing")).data().path("status").asText())
                .isEqualTo("processing");
        assertThat(admin().put(path + "/payment-status", Map.of("payment_status", "paid")).data()
                .path("payment_status").asText()).isEqualTo("paid");
        assertRefused(() -> admin().post(path + "/ship", Map.of("tracking_number", " ")), 400,
                "VALIDATION_FAILED", "tracking_number");
        assertRefused(() -> admin().post(path + "/ship", Map.of("tracking_number", "T".repeat(101))), 400,
                "VALIDATION_FAILED", "tracking_number");
        Http.Answer shipped = admin().post(path + "/ship", Map.of("tracking_number", "KH-TRACK-0001"));
        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
        assertThat(shipped.data().path("fulfillment_status").asText()).isEqualTo("shipped");

        eventually(() -> {
            JsonNode view = admin().get(path).data();
            assertThat(view.path("status").asText()).isEqualTo("shipped");
            assertThat(view.path("fulfillment_status").asText()).isEqualTo("shipped");
            assertThat(view.path("tracking_number").asText()).isEqualTo("KH-TRACK-0001");
            assertThat(view.path("shipped_at").isTextual()).isTrue();
        });
        eventually(() -> assertThat(payloads(ProductId.of(toner).toString()))
                .contains(new StockReservationSettledEvent(ProductId.of(toner), order, 4)));
        assertRefused(() -> owner.http().post("/api/v1/orders/" + order + "/cancel", null), 422,
                "ORDER_NOT_CANCELLABLE", null);
        assertThat(admin().put(path + "/status", Map.of("status", "delivered")).status()).isEqualTo(200);
        eventually(() -> assertThat(admin().get(path).data().path("delivered_at").isTextual()).isTrue());

        Http.Answer partial = admin().post(path + "/refund", Map.of("amount", 10.00, "reason", "A cap was cracked",
                "restock", true));
        assertThat(partial.status()).as(partial.toString()).isEqualTo(200);
        assertThat(partial.data().path("payment_status").asText()).isEqualTo("partially_refunded");
        assertThat(partial.data().path("refundable").decimalValue()).isEqualByComparingTo("48.00");
        eventually(() -> assertThat(stock(toner)).isEqualTo(10));
        assertRefused(() -> admin().post(path + "/refund", Map.of("amount", 48.01)), 422,
                "REFUND_EXCEEDS_REMAINING", null);
        assertRefused(() -> admin().post(path + "/refund", Map.of("amount", 1, "restock", true)), 422,
                "ALREADY_RESTOCKED", null);
        assertRefused(() -> admin().post(path + "/refund", Map.of("amount", 0)), 400, "VALIDATION_FAILED",
                "amount");

        Http.Answer whole = admin().post(path + "/refund", Map.of());
        assertThat(whole.status()).as(whole.toString()).isEqualTo(200);
        assertThat(whole.data().path("status").asText()).isEqualTo("refunded");
        assertThat(whole.data().path("payment_status").asText()).isEqualTo("refunded");
        eventually(() -> {
            JsonNode view = admin().get(path).data();
            assertThat(view.path("status").asText()).isEqualTo("refunded");
            assertThat(view.path("refunded_total").decimalValue()).isEqualByComparingTo("58.00");
            assertThat(view.path("refunds")).extracting(refund -> refund.path("amount").decimalValue())
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("10.00"), new BigDecimal("48.00"));
            assertThat(view.path("refunds").get(0).path("restocked").asBoolean()).isTrue();
            assertThat(view.path("refunds").get(0).path("reason").asText()).isEqualTo("A cap was cracked");
        });
        assertThat(stock(toner)).as("the units came back once").isEqualTo(10);
        assertThat(stockEvents(toner)).filteredOn(e -> e.reason() == StockChangeReason.REFUND)
                .extracting(StockAdjustedEvent::delta).containsExactly(4);
        eventually(() -> assertThat(admin().get("/api/v1/admin/customers/" + owner.id()).data()
                .path("total_spent").decimalValue()).isEqualByComparingTo("0.00"));
    }

    @Test
    void anIllegalChangeIsA422NamingWhereFromAndWhereToAndChangesNothing() {
        Customer owner = newCustomer();
        long order = placeAndConfirm(owner, List.of(item(createProduct(5), 1)), null, null);
        String path = "/api/v1/admin/orders/" + order;

        assertRefused(() -> admin().put(path + "/status", Map.of("status", "delivered")), 422,
                "ILLEGAL_STATUS_CHANGE", "status");
        Http.Answer illegal = admin().put(path + "/status", Map.of("status", "delivered"));
        assertThat(illegal.json().path("message").asText()).contains("from confirmed to delivered");
        assertRefused(() -> admin().put(path + "/status", Map.of("status", "pending")), 422,
                "ILLEGAL_STATUS_CHANGE", "status");
        assertRefused(() -> admin().put(path + "/status", Map.of("status", "refunded")), 422,
                "ILLEGAL_STATUS_CHANGE", "status");
        assertRefused(() -> admin().put(path + "/status", Map.of("status", "lost")), 400, "VALIDATION_FAILED",
                "status");
        assertRefused(() -> admin().put(path + "/status", Map.of("status", "shipped")), 400, "VALIDATION_FAILED",
                "tracking_number");
        assertRefused(() -> admin().put(path + "/payment-status", Map.of("payment_status", "refunded")), 422,
                "ILLEGAL_PAYMENT_STATUS_CHANGE", "payment_status");
        assertRefused(() -> admin().put(path + "/fulfillment-status", Map.of("fulfillment_status", "delivered")),
                422, "ILLEGAL_FULFILLMENT_STATUS_CHANGE", "fulfillment_status");
        assertRefused(() -> admin().post(path + "/refund", Map.of("amount", 1)), 422, "NOTHING_PAID", null);
        assertThat(admin().put("/api/v1/admin/orders/abc/status", Map.of("status", "processing")).status())
                .isEqualTo(400);
        assertRefused(() -> admin().put("/api/v1/admin/orders/" + Integer.MAX_VALUE + "/status",
                Map.of("status", "processing")), 404, "NOT_FOUND", null);

        Http.Answer packing = admin().put(path + "/fulfillment-status", Map.of("fulfillment_status", "partial"));
        assertThat(packing.data().path("status").asText()).as("packing starts the processing")
                .isEqualTo("processing");
        eventually(() -> assertThat(admin().get(path).data().path("fulfillment_status").asText())
                .isEqualTo("partial"));
    }

    @Test
    void aBulkUpdateChangesEachOrderOnItsOwnAndSaysWhichFailedAndWhy() {
        Customer owner = newCustomer();
        long product = createProduct(20);
        long first = placeAndConfirm(owner, List.of(item(product, 1)), null, null);
        long second = placeAndConfirm(owner, List.of(item(product, 2)), null, null);
        long cancelled = placeAndConfirm(owner, List.of(item(product, 3)), null, null);
        assertThat(owner.http().post("/api/v1/orders/" + cancelled + "/cancel", null).status()).isEqualTo(200);

        Http.Answer bulk = admin().post("/api/v1/admin/orders/bulk-update", Map.of(
                "order_ids", List.of(first, second, cancelled, Integer.MAX_VALUE),
                "status", "processing", "payment_status", "paid"));
        assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);
        assertThat(bulk.data().path("succeeded").toString()).isEqualTo("[" + first + "," + second + "]");
        Map<Long, String> failures = new HashMap<>();
        bulk.data().path("failed").forEach(f -> failures.put(f.path("id").asLong(), f.path("code").asText()));
        assertThat(failures).containsExactlyInAnyOrderEntriesOf(Map.of(cancelled, "ILLEGAL_STATUS_CHANGE",
                (long) Integer.MAX_VALUE, "NOT_FOUND"));
        eventually(() -> {
            for (long order : new long[]{first, second}) {
                JsonNode view = admin().get("/api/v1/admin/orders/" + order).data();
                assertThat(view.path("status").asText()).isEqualTo("processing");
                assertThat(view.path("payment_status").asText()).isEqualTo("paid");
            }
        });

        assertRefused(() -> admin().post("/api/v1/admin/orders/bulk-update", Map.of("order_ids", List.of(first))),
                400, "VALIDATION_FAILED", null);
        assertRefused(() -> admin().post("/api/v1/admin/orders/bulk-update", Map.of("order_ids",
                        LongStream.rangeClosed(1, 101).boxed().toList(), "status", "processing")), 400,
                "VALIDATION_FAILED", "order_ids");

        eventually(() -> assertThat(admin().get("/api/v1/admin/customers/" + owner.id() + "/orders").data()
                .path("data").findValuesAsText("id")).containsExactly(Long.toString(cancelled),
                Long.toString(second), Long.toString(first)));
        assertThat(admin().get("/api/v1/admin/customers/" + owner.id() + "/orders?status=cancelled").data()
                .path("data").findValuesAsText("id")).containsExactly(Long.toString(cancelled));
    }

    @Test
    void aReviewOfAProductTheAuthorOrderedIsAVerifiedPurchase() {
        Customer buyer = newCustomer();
        Customer browser = newCustomer();
        long serum = createProduct(10);
        placeAndConfirm(buyer, List.of(item(serum, 1)), null, null);
        eventually(() -> assertThat(admin().get("/api/v1/admin/customers/" + buyer.id()).data()
                .path("total_orders").asInt()).isEqualTo(1));

        long bought = review(buyer, serum);
        long notBought = review(browser, serum);

        eventually(() -> {
            assertThat(admin().get("/api/v1/admin/reviews/" + bought).data().path("is_verified_purchase")
                    .asBoolean()).isTrue();
            assertThat(admin().get("/api/v1/admin/reviews/" + notBought).status()).isEqualTo(200);
        });
        assertThat(admin().get("/api/v1/admin/reviews/" + notBought).data().path("is_verified_purchase")
                .asBoolean()).isFalse();
    }

    private long review(Customer author, long product) {
        Http.Answer submitted = author.http().post("/api/v1/reviews", Map.of("product_id", product, "rating", 5,
                "title", "Glowing"));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        return submitted.data().path("id").asLong();
    }

    private long placeAndConfirm(Customer customer, List<OrderItem> items, String couponCode, Long couponId) {
        OrderId order = orderIds.nextOrderId();
        Instant placedAt = Instant.now();
        commands.sendAndWait(new PlaceOrderCommand(order, OrderIds.orderNumber(order, placedAt),
                UserId.of(customer.id()), "Sokha Chan", customer.email(), items, ADDRESS, null, couponCode, couponId,
                null, PRICING, false, placedAt));
        eventually(() -> assertThat(admin().get("/api/v1/admin/orders/" + order.value()).data().path("status")
                .asText()).isEqualTo("confirmed"));
        return order.value();
    }

    private int stock(long product) {
        return admin().get("/api/v1/admin/inventory/" + product).data().path("stock").asInt();
    }

    private long createProduct(int stock) {
        Map<String, Object> body = product(unique());
        body.put("stock", stock);
        Http.Answer created = admin().post("/api/v1/admin/products", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().path("id").asLong();
    }

    private long createCoupon(String code, int usageLimit) {
        Http.Answer created = admin().post("/api/v1/admin/coupons", Map.of("code", code, "name", "Coupon " + code,
                "type", "percentage", "value", 10, "usage_limit", usageLimit));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().path("id").asLong();
    }

    private static OrderItem item(long product, int quantity) {
        return new OrderItem(ProductId.of(product), quantity, "Rice Water Toner", "IT-TON-" + product,
                new BigDecimal("14.50"), Set.of("toner"));
    }

    private List<Object> payloads(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
    }

    private List<StockAdjustedEvent> stockEvents(long product) {
        return payloads(ProductId.of(product).toString()).stream()
                .filter(StockAdjustedEvent.class::isInstance).map(StockAdjustedEvent.class::cast).toList();
    }
}
