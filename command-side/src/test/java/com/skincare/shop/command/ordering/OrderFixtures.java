package com.skincare.shop.command.ordering;

import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.ordering.FulfillmentStatus;
import com.skincare.shop.api.ordering.OrderAddress;
import com.skincare.shop.api.ordering.OrderConfirmedEvent;
import com.skincare.shop.api.ordering.OrderId;
import com.skincare.shop.api.ordering.OrderItem;
import com.skincare.shop.api.ordering.OrderPlacedEvent;
import com.skincare.shop.api.ordering.OrderPricingTerms;
import com.skincare.shop.api.ordering.OrderRejectedEvent;
import com.skincare.shop.api.ordering.OrderStatus;
import com.skincare.shop.api.ordering.OrderTotals;
import com.skincare.shop.api.ordering.PaymentStatus;
import com.skincare.shop.api.ordering.PlaceOrderCommand;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Commands and events of the ordering specs: a serum (2 x 24.90) and a cleanser (1 x 12.00), 61.80 with free
 * shipping from 50.00 and no tax, as the shop's defaults price it.
 */
final class OrderFixtures {

    static final OrderId ORDER = OrderId.of(123);
    static final String ORDER_NUMBER = "SK-20261201-000123";
    static final UserId CUSTOMER = UserId.of(5);
    static final ProductId SERUM = ProductId.of(42);
    static final ProductId CLEANSER = ProductId.of(17);
    static final long COUPON = 3L;
    static final Instant PLACED_AT = Instant.parse("2026-12-01T03:15:00Z");
    static final OrderPricingTerms PRICING = new OrderPricingTerms(new BigDecimal("2.50"), new BigDecimal("50.00"),
            BigDecimal.ZERO);
    static final OrderAddress ADDRESS = new OrderAddress("Sokha", "Chan", null, "12 Street 271", null,
            "Phnom Penh", null, "12000", "KH", "+85512345678");

    private OrderFixtures() {
    }

    static OrderItem serum(int quantity) {
        return new OrderItem(SERUM, quantity, "Vitamin C Brightening Serum", "SKC-SER-001", new BigDecimal("24.90"),
                Set.of("serums"));
    }

    static OrderItem cleanser(int quantity) {
        return new OrderItem(CLEANSER, quantity, "Gentle Foam Cleanser", "SKC-CLN-002", new BigDecimal("12.00"),
                Set.of("cleansers"));
    }

    static List<OrderItem> items() {
        return List.of(serum(2), cleanser(1));
    }

    static PlaceOrderCommand placeOrder() {
        return placeOrder(items(), ADDRESS, null, null);
    }

    static PlaceOrderCommand placeOrder(List<OrderItem> items) {
        return placeOrder(items, ADDRESS, null, null);
    }

    static PlaceOrderCommand placeOrder(List<OrderItem> items, OrderAddress shipping, String couponCode,
                                        Long couponId) {
        return new PlaceOrderCommand(ORDER, ORDER_NUMBER, CUSTOMER, "Sokha Chan", "sokha@example.com", items,
                shipping, null, couponCode, couponId, "Leave at the door", PRICING, true, PLACED_AT);
    }

    static PlaceOrderCommand placeOrderWithCoupon() {
        return placeOrder(items(), ADDRESS, "welcome10", COUPON);
    }

    static OrderTotals placedTotals() {
        return new OrderTotals(new BigDecimal("61.80"), new BigDecimal("0.00"), new BigDecimal("0.00"),
                new BigDecimal("0.00"), new BigDecimal("61.80"));
    }

    static OrderPlacedEvent orderPlaced() {
        return orderPlaced(items(), null, null, placedTotals());
    }

    static OrderPlacedEvent orderPlacedWithCoupon() {
        return orderPlaced(items(), "welcome10", COUPON, placedTotals());
    }

    static OrderPlacedEvent orderPlaced(List<OrderItem> items, String couponCode, Long couponId,
                                        OrderTotals totals) {
        return new OrderPlacedEvent(ORDER, ORDER_NUMBER, CUSTOMER, "Sokha Chan", "sokha@example.com", items,
                ADDRESS, ADDRESS, couponCode, couponId, "Leave at the door", totals, true, OrderStatus.PENDING,
                PaymentStatus.PENDING, FulfillmentStatus.UNFULFILLED, PLACED_AT);
    }

    static OrderConfirmedEvent orderConfirmed(String discount, String total, Long usageId) {
        return new OrderConfirmedEvent(ORDER, new OrderTotals(new BigDecimal("61.80"), new BigDecimal(discount),
                new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal(total)), usageId,
                OrderStatus.CONFIRMED);
    }

    static OrderRejectedEvent orderRejected(String code) {
        return new OrderRejectedEvent(ORDER, code, "Only 0 in stock", OrderStatus.CANCELLED, PaymentStatus.FAILED);
    }
}
