package com.skincare.shop.command.ordering;

import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.ordering.ConfirmOrderCommand;
import com.skincare.shop.api.ordering.FulfillmentStatus;
import com.skincare.shop.api.ordering.OrderAddress;
import com.skincare.shop.api.ordering.OrderItem;
import com.skincare.shop.api.ordering.OrderPlacedEvent;
import com.skincare.shop.api.ordering.OrderPricingTerms;
import com.skincare.shop.api.ordering.OrderStatus;
import com.skincare.shop.api.ordering.OrderTotals;
import com.skincare.shop.api.ordering.PaymentStatus;
import com.skincare.shop.api.ordering.PlaceOrderCommand;
import com.skincare.shop.api.ordering.RejectOrderCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static com.skincare.shop.command.RejectionMatchers.invalid;
import static com.skincare.shop.command.RejectionMatchers.ruleBroken;
import static com.skincare.shop.command.ordering.OrderFixtures.ADDRESS;
import static com.skincare.shop.command.ordering.OrderFixtures.CUSTOMER;
import static com.skincare.shop.command.ordering.OrderFixtures.ORDER;
import static com.skincare.shop.command.ordering.OrderFixtures.ORDER_NUMBER;
import static com.skincare.shop.command.ordering.OrderFixtures.PLACED_AT;
import static com.skincare.shop.command.ordering.OrderFixtures.PRICING;
import static com.skincare.shop.command.ordering.OrderFixtures.cleanser;
import static com.skincare.shop.command.ordering.OrderFixtures.items;
import static com.skincare.shop.command.ordering.OrderFixtures.orderConfirmed;
import static com.skincare.shop.command.ordering.OrderFixtures.orderPlaced;
import static com.skincare.shop.command.ordering.OrderFixtures.orderPlacedWithCoupon;
import static com.skincare.shop.command.ordering.OrderFixtures.orderRejected;
import static com.skincare.shop.command.ordering.OrderFixtures.placeOrder;
import static com.skincare.shop.command.ordering.OrderFixtures.placeOrderWithCoupon;
import static com.skincare.shop.command.ordering.OrderFixtures.serum;

class OrderTest {

    private FixtureConfiguration<Order> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
        fixture.registerInjectableResource(new CheckoutTimeout(Duration.ofMinutes(2)));
    }

    private static PlaceOrderCommand withAddress(OrderAddress address) {
        return placeOrder(items(), address, null, null);
    }

    private static PlaceOrderCommand withPricing(OrderPricingTerms pricing) {
        return new PlaceOrderCommand(ORDER, ORDER_NUMBER, CUSTOMER, "Sokha Chan", "sokha@example.com", items(),
                ADDRESS, null, null, null, null, pricing, false, PLACED_AT);
    }

    @Nested
    class Place {

        @Test
        void placesAPendingOrderWithTheCheckoutsTotals() {
            fixture.givenNoPriorActivity()
                    .when(placeOrder())
                    .expectEvents(orderPlaced());
        }

        @Test
        void keepsTheCouponCodeAndItsCoupon() {
            fixture.givenNoPriorActivity()
                    .when(placeOrderWithCoupon())
                    .expectEvents(orderPlacedWithCoupon());
        }

        @Test
        void chargesShippingAndTaxBelowTheFreeShippingThreshold() {
            OrderPricingTerms pricing = new OrderPricingTerms(new BigDecimal("2.50"), new BigDecimal("100.00"),
                    new BigDecimal("0.10"));
            fixture.givenNoPriorActivity()
                    .when(withPricing(pricing))
                    .expectEvents(new OrderPlacedEvent(ORDER, ORDER_NUMBER, CUSTOMER, "Sokha Chan",
                            "sokha@example.com", items(), ADDRESS, ADDRESS, null, null, null,
                            new OrderTotals(new BigDecimal("61.80"), new BigDecimal("0.00"), new BigDecimal("2.50"),
                                    new BigDecimal("6.18"), new BigDecimal("70.48")),
                            false, OrderStatus.PENDING, PaymentStatus.PENDING, FulfillmentStatus.UNFULFILLED,
                            PLACED_AT));
        }

        @Test
        void needsAnItem() {
            fixture.givenNoPriorActivity().when(placeOrder(List.of())).expectException(invalid("items"));
        }

        @Test
        void takesAtMostAHundredLines() {
            List<OrderItem> lines = new ArrayList<>();
            IntStream.rangeClosed(1, Order.MAX_LINES + 1).forEach(i -> lines.add(new OrderItem(
                    ProductId.of(i), 1, "P" + i, "SKU-" + i, BigDecimal.ONE, Set.of())));
            fixture.givenNoPriorActivity().when(placeOrder(lines)).expectException(invalid("items"));
        }

        @Test
        void namesAProductOnce() {
            fixture.givenNoPriorActivity().when(placeOrder(List.of(serum(1), serum(2))))
                    .expectException(invalid("items"));
        }

        @Test
        void cannotOrderNone() {
            fixture.givenNoPriorActivity().when(placeOrder(List.of(serum(0))))
                    .expectException(invalid("quantity"));
        }

        @Test
        void cannotOrderMoreThanNinetyNineOfAProduct() {
            fixture.givenNoPriorActivity().when(placeOrder(List.of(serum(100))))
                    .expectException(invalid("quantity"));
        }

        @Test
        void ordersNinetyNineOfAProduct() {
            fixture.givenNoPriorActivity().when(placeOrder(List.of(serum(99))))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void needsTheProductsSnapshot() {
            OrderItem nameless = new OrderItem(cleanser(1).productId(), 1, " ", "SKC-CLN-002", BigDecimal.TEN,
                    Set.of());
            OrderItem free = new OrderItem(cleanser(1).productId(), 1, "Cleanser", "SKC-CLN-002", BigDecimal.ZERO,
                    Set.of());
            OrderItem noSku = new OrderItem(cleanser(1).productId(), 1, "Cleanser", null, BigDecimal.TEN, Set.of());
            fixture.givenNoPriorActivity().when(placeOrder(List.of(nameless))).expectException(invalid("name_en"));
            fixture.givenNoPriorActivity().when(placeOrder(List.of(free))).expectException(invalid("unit_price"));
            fixture.givenNoPriorActivity().when(placeOrder(List.of(noSku))).expectException(invalid("sku"));
        }

        @Test
        void needsAShippingAddress() {
            fixture.givenNoPriorActivity().when(withAddress(null)).expectException(invalid("shipping_address"));
        }

        @Test
        void needsEveryRequiredLineOfTheAddress() {
            fixture.givenNoPriorActivity().when(withAddress(new OrderAddress(null, "Chan", null, "12 Street 271",
                            null, "Phnom Penh", null, "12000", "KH", "+85512345678")))
                    .expectException(invalid("shipping_address.first_name"));
            fixture.givenNoPriorActivity().when(withAddress(new OrderAddress("Sokha", "Chan", null, "",
                            null, "Phnom Penh", null, "12000", "KH", "+85512345678")))
                    .expectException(invalid("shipping_address.address_line1"));
            fixture.givenNoPriorActivity().when(withAddress(new OrderAddress("Sokha", "Chan", null, "12 Street 271",
                            null, "Phnom Penh", null, "12000", "KH", null)))
                    .expectException(invalid("shipping_address.phone"));
        }

        @Test
        void checksABillingAddressToo() {
            fixture.givenNoPriorActivity()
                    .when(new PlaceOrderCommand(ORDER, ORDER_NUMBER, CUSTOMER, null, "sokha@example.com", items(),
                            ADDRESS, new OrderAddress("Sokha", "Chan", null, "1 Road", null, null, null, "12000",
                            "KH", "+85512345678"), null, null, null, PRICING, false, PLACED_AT))
                    .expectException(invalid("billing_address.city"));
        }

        @Test
        void needsAReadableOrderNumber() {
            fixture.givenNoPriorActivity()
                    .when(new PlaceOrderCommand(ORDER, "123", CUSTOMER, null, "sokha@example.com", items(), ADDRESS,
                            null, null, null, null, PRICING, false, PLACED_AT))
                    .expectException(invalid("order_number"));
        }

        @Test
        void needsACustomerAndTheirEmail() {
            fixture.givenNoPriorActivity()
                    .when(new PlaceOrderCommand(ORDER, ORDER_NUMBER, null, null, "sokha@example.com", items(),
                            ADDRESS, null, null, null, null, PRICING, false, PLACED_AT))
                    .expectException(invalid("user_id"));
            fixture.givenNoPriorActivity()
                    .when(new PlaceOrderCommand(ORDER, ORDER_NUMBER, CUSTOMER, null, " ", items(), ADDRESS, null,
                            null, null, null, PRICING, false, PLACED_AT))
                    .expectException(invalid("customer_email"));
        }

        @Test
        void needsTheTimeItWasPlaced() {
            fixture.givenNoPriorActivity()
                    .when(new PlaceOrderCommand(ORDER, ORDER_NUMBER, CUSTOMER, null, "sokha@example.com", items(),
                            ADDRESS, null, null, null, null, PRICING, false, null))
                    .expectException(invalid("placed_at"));
        }

        @Test
        void aCouponCodeComesWithItsCoupon() {
            fixture.givenNoPriorActivity().when(placeOrder(items(), ADDRESS, "welcome10", null))
                    .expectException(invalid("coupon_code"));
            fixture.givenNoPriorActivity().when(placeOrder(items(), ADDRESS, null, 3L))
                    .expectException(invalid("coupon_code"));
        }

        @Test
        void takesNotesOfAtMostAThousandCharacters() {
            fixture.givenNoPriorActivity()
                    .when(new PlaceOrderCommand(ORDER, ORDER_NUMBER, CUSTOMER, null, "sokha@example.com", items(),
                            ADDRESS, null, null, null, "x".repeat(Order.MAX_NOTES + 1), PRICING, false, PLACED_AT))
                    .expectException(invalid("notes"));
        }

        @Test
        void needsThePricesInForce() {
            fixture.givenNoPriorActivity().when(withPricing(null)).expectException(invalid("pricing"));
            fixture.givenNoPriorActivity()
                    .when(withPricing(new OrderPricingTerms(new BigDecimal("-1"), BigDecimal.TEN, BigDecimal.ZERO)))
                    .expectException(invalid("pricing"));
        }
    }

    @Nested
    class Confirm {

        @Test
        void confirmsWithoutACoupon() {
            fixture.given(orderPlaced())
                    .when(new ConfirmOrderCommand(ORDER, null, null))
                    .expectEvents(orderConfirmed("0.00", "61.80", null));
        }

        @Test
        void takesTheCouponsDiscountOffTheTotal() {
            fixture.given(orderPlacedWithCoupon())
                    .when(new ConfirmOrderCommand(ORDER, new BigDecimal("6.18"), 77L))
                    .expectEvents(orderConfirmed("6.18", "55.62", 77L));
        }

        @Test
        void anOrderWithoutACouponHasNoDiscount() {
            fixture.given(orderPlaced())
                    .when(new ConfirmOrderCommand(ORDER, new BigDecimal("5.00"), null))
                    .expectException(invalid("discount"));
        }

        @Test
        void anOrderWithACouponIsConfirmedWithItsRedemption() {
            fixture.given(orderPlacedWithCoupon())
                    .when(new ConfirmOrderCommand(ORDER, new BigDecimal("5.00"), null))
                    .expectException(invalid("coupon_usage_id"));
        }

        @Test
        void theDiscountCannotExceedWhatTheOrderCosts() {
            fixture.given(orderPlacedWithCoupon())
                    .when(new ConfirmOrderCommand(ORDER, new BigDecimal("61.81"), 77L))
                    .expectException(invalid("discount"));
        }

        @Test
        void theDiscountCannotBeNegative() {
            fixture.given(orderPlacedWithCoupon())
                    .when(new ConfirmOrderCommand(ORDER, new BigDecimal("-1"), 77L))
                    .expectException(invalid("discount"));
        }

        @Test
        void confirmingAgainRecordsNothing() {
            fixture.given(orderPlaced(), orderConfirmed("0.00", "61.80", null))
                    .when(new ConfirmOrderCommand(ORDER, null, null))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void cannotConfirmARejectedOrder() {
            fixture.given(orderPlaced(), orderRejected("INSUFFICIENT_STOCK"))
                    .when(new ConfirmOrderCommand(ORDER, null, null))
                    .expectException(ruleBroken("ORDER_NOT_PENDING"));
        }
    }

    @Nested
    class Reject {

        @Test
        void rejectsAPendingOrderWithTheReason() {
            fixture.given(orderPlaced())
                    .when(new RejectOrderCommand(ORDER, "INSUFFICIENT_STOCK", "Only 0 in stock"))
                    .expectEvents(orderRejected("INSUFFICIENT_STOCK"));
        }

        @Test
        void needsAReason() {
            fixture.given(orderPlaced())
                    .when(new RejectOrderCommand(ORDER, " ", "?"))
                    .expectException(invalid("reason_code"));
        }

        @Test
        void rejectingAgainRecordsNothing() {
            fixture.given(orderPlaced(), orderRejected("INSUFFICIENT_STOCK"))
                    .when(new RejectOrderCommand(ORDER, "COUPON_USED_UP", "Used up"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void cannotRejectAConfirmedOrder() {
            fixture.given(orderPlaced(), orderConfirmed("0.00", "61.80", null))
                    .when(new RejectOrderCommand(ORDER, "INSUFFICIENT_STOCK", "Only 0 in stock"))
                    .expectException(ruleBroken("ORDER_NOT_PENDING"));
        }
    }
}
