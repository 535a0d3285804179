package com.skincare.shop.command.ordering;

import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.ordering.CancelOrderCommand;
import com.skincare.shop.api.ordering.ChangeFulfillmentStatusCommand;
import com.skincare.shop.api.ordering.ChangeOrderStatusCommand;
import com.skincare.shop.api.ordering.ChangePaymentStatusCommand;
import com.skincare.shop.api.ordering.ConfirmOrderCommand;
import com.skincare.shop.api.ordering.FulfillmentStatus;
import com.skincare.shop.api.ordering.OrderCancelledEvent;
import com.skincare.shop.api.ordering.OrderDeliveredEvent;
import com.skincare.shop.api.ordering.OrderFulfillmentStatusChangedEvent;
import com.skincare.shop.api.ordering.OrderLine;
import com.skincare.shop.api.ordering.OrderPaymentStatusChangedEvent;
import com.skincare.shop.api.ordering.OrderRefundedEvent;
import com.skincare.shop.api.ordering.OrderShippedEvent;
import com.skincare.shop.api.ordering.OrderStanding;
import com.skincare.shop.api.ordering.OrderStatus;
import com.skincare.shop.api.ordering.OrderStatusChangedEvent;
import com.skincare.shop.api.ordering.PaymentStatus;
import com.skincare.shop.api.ordering.RefundOrderCommand;
import com.skincare.shop.api.ordering.ShipOrderCommand;
import com.skincare.shop.api.ordering.UpdateOrderStatusesCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.skincare.shop.command.RejectionMatchers.invalid;
import static com.skincare.shop.command.RejectionMatchers.notFound;
import static com.skincare.shop.command.RejectionMatchers.ruleBroken;
import static com.skincare.shop.command.ordering.OrderFixtures.CLEANSER;
import static com.skincare.shop.command.ordering.OrderFixtures.COUPON;
import static com.skincare.shop.command.ordering.OrderFixtures.CUSTOMER;
import static com.skincare.shop.command.ordering.OrderFixtures.ORDER;
import static com.skincare.shop.command.ordering.OrderFixtures.SERUM;
import static com.skincare.shop.command.ordering.OrderFixtures.orderConfirmed;
import static com.skincare.shop.command.ordering.OrderFixtures.orderPlaced;
import static com.skincare.shop.command.ordering.OrderFixtures.orderPlacedWithCoupon;

/**
 * An order's life after the checkout: the customer's cancellation, the admin's status machine with the payment
 * and the fulfillment, shipping and refunds. The order is the fixtures' 61.80 one: 2 serums and a cleanser.
 */
class OrderLifecycleTest {

    private static final List<OrderLine> LINES = List.of(new OrderLine(SERUM, 2), new OrderLine(CLEANSER, 1));
    private static final String TRACKING = "KH123456789";

    private FixtureConfiguration<Order> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
    }

    // The histories an order can have, by the status it ends in.

    static List<Object> pending() {
        return List.of(orderPlaced());
    }

    static List<Object> confirmed() {
        return List.of(orderPlaced(), orderConfirmed("0.00", "61.80", null));
    }

    static List<Object> processing() {
        return with(confirmed(), new OrderStatusChangedEvent(ORDER, OrderStatus.CONFIRMED, OrderStatus.PROCESSING));
    }

    static List<Object> shipped() {
        return with(processing(), shippedEvent(TRACKING));
    }

    static List<Object> delivered() {
        return with(shipped(), new OrderDeliveredEvent(ORDER, OrderStatus.DELIVERED, FulfillmentStatus.DELIVERED));
    }

    static List<Object> cancelled() {
        return with(confirmed(), cancelledEvent(null, true, null));
    }

    static List<Object> refunded() {
        return with(shipped(), paid(), refundedEvent(1, "61.80", "61.80", List.of(), PaymentStatus.REFUNDED,
                OrderStatus.REFUNDED));
    }

    static Map<OrderStatus, List<Object>> histories() {
        return Map.of(OrderStatus.PENDING, pending(), OrderStatus.CONFIRMED, confirmed(),
                OrderStatus.PROCESSING, processing(), OrderStatus.SHIPPED, shipped(),
                OrderStatus.DELIVERED, delivered(), OrderStatus.CANCELLED, cancelled(),
                OrderStatus.REFUNDED, refunded());
    }

    static List<Object> with(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(Arrays.asList(more));
        return events;
    }

    static OrderShippedEvent shippedEvent(String tracking) {
        return new OrderShippedEvent(ORDER, tracking, LINES, OrderStatus.SHIPPED, FulfillmentStatus.SHIPPED);
    }

    static OrderCancelledEvent cancelledEvent(String reason, boolean byCustomer, Long coupon) {
        return new OrderCancelledEvent(ORDER, CUSTOMER, reason, byCustomer, LINES, coupon, OrderStatus.CANCELLED);
    }

    static OrderPaymentStatusChangedEvent paid() {
        return new OrderPaymentStatusChangedEvent(ORDER, PaymentStatus.PENDING, PaymentStatus.PAID);
    }

    static OrderRefundedEvent refundedEvent(int number, String amount, String after, List<OrderLine> restocked,
                                            PaymentStatus payment, OrderStatus status) {
        return new OrderRefundedEvent(ORDER, number, new BigDecimal(amount), null, new BigDecimal(after), restocked,
                payment, status);
    }

    static RefundOrderCommand refund(String amount, boolean restock) {
        return new RefundOrderCommand(ORDER, amount == null ? null : new BigDecimal(amount), null, restock);
    }

    @Nested
    class CustomerCancel {

        @Test
        void theOwnerCancelsAConfirmedOrderNamingItsStockAndCoupon() {
            fixture.given(orderPlacedWithCoupon(), orderConfirmed("6.18", "55.62", 77L))
                    .when(new CancelOrderCommand(ORDER, CUSTOMER, "Ordered twice"))
                    .expectEvents(cancelledEvent("Ordered twice", true, COUPON))
                    .expectResultMessagePayload(new OrderStanding(ORDER.value(), OrderStatus.CANCELLED,
                            PaymentStatus.PENDING, FulfillmentStatus.UNFULFILLED, null, new BigDecimal("0.00"),
                            new BigDecimal("0.00")));
        }

        @Test
        void theOwnerCancelsAPendingOrder() {
            fixture.given(pending())
                    .when(new CancelOrderCommand(ORDER, CUSTOMER, null))
                    .expectEvents(cancelledEvent(null, true, null));
        }

        @Test
        void theOwnerCancelsAnOrderBeingPacked() {
            fixture.given(processing())
                    .when(new CancelOrderCommand(ORDER, CUSTOMER, "  "))
                    .expectEvents(cancelledEvent(null, true, null));
        }

        @Test
        void anotherCustomerFindsNoOrderToCancel() {
            fixture.given(confirmed())
                    .when(new CancelOrderCommand(ORDER, UserId.of(99), null))
                    .expectException(notFound("NOT_FOUND"))
                    .expectNoEvents();
        }

        @Test
        void cannotCancelAShippedOrder() {
            fixture.given(shipped())
                    .when(new CancelOrderCommand(ORDER, CUSTOMER, null))
                    .expectException(ruleBroken("ORDER_NOT_CANCELLABLE"));
        }

        @Test
        void cannotCancelADeliveredOrder() {
            fixture.given(delivered())
                    .when(new CancelOrderCommand(ORDER, CUSTOMER, null))
                    .expectException(ruleBroken("ORDER_NOT_CANCELLABLE"));
        }

        @Test
        void cannotCancelARefundedOrder() {
            fixture.given(refunded())
                    .when(new CancelOrderCommand(ORDER, CUSTOMER, null))
                    .expectException(ruleBroken("ORDER_NOT_CANCELLABLE"));
        }

        @Test
        void cancellingACancelledOrderRecordsNothing() {
            fixture.given(cancelled())
                    .when(new CancelOrderCommand(ORDER, CUSTOMER, null))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aReasonHasAtMostFiveHundredCharacters() {
            fixture.given(confirmed())
                    .when(new CancelOrderCommand(ORDER, CUSTOMER, "x".repeat(Order.MAX_REASON + 1)))
                    .expectException(invalid("reason"));
        }

        @Test
        void aCancelledCheckoutCanNoLongerBeConfirmed() {
            fixture.given(with(pending(), cancelledEvent(null, true, null)))
                    .when(new ConfirmOrderCommand(ORDER, null, null))
                    .expectException(ruleBroken("ORDER_NOT_PENDING"));
        }
    }

    /** Every status an order can be in, to every status: the moves of the machine succeed, the rest are 422. */
    @Nested
    class StatusMachine {

        static final Map<OrderStatus, Set<OrderStatus>> LEGAL = Map.of(
                OrderStatus.PENDING, Set.of(OrderStatus.CANCELLED),
                OrderStatus.CONFIRMED, Set.of(OrderStatus.PROCESSING, OrderStatus.SHIPPED, OrderStatus.CANCELLED),
                OrderStatus.PROCESSING, Set.of(OrderStatus.SHIPPED, OrderStatus.CANCELLED),
                OrderStatus.SHIPPED, Set.of(OrderStatus.DELIVERED));

        static Stream<Arguments> everyMove() {
            return Arrays.stream(OrderStatus.values()).flatMap(from -> Arrays.stream(OrderStatus.values())
                    .map(to -> Arguments.of(from, to)));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource("everyMove")
        void movesOnlyAlongTheMachine(OrderStatus from, OrderStatus to) {
            var result = fixture.given(histories().get(from))
                    .when(new ChangeOrderStatusCommand(ORDER, to, TRACKING, null));
            if (from == to) {
                result.expectSuccessfulHandlerExecution().expectNoEvents();
            } else if (LEGAL.getOrDefault(from, Set.of()).contains(to)) {
                result.expectSuccessfulHandlerExecution().expectResultMessagePayloadMatching(
                        new CustomTypeSafeMatcher<OrderStanding>("an order that is now " + to.code()) {
                            @Override
                            protected boolean matchesSafely(OrderStanding standing) {
                                return standing.status() == to;
                            }
                        });
            } else {
                result.expectException(ruleBroken("ILLEGAL_STATUS_CHANGE", "status")).expectNoEvents();
            }
        }

        @Test
        void processingIsAMoveOfItsOwn() {
            fixture.given(confirmed())
                    .when(new ChangeOrderStatusCommand(ORDER, OrderStatus.PROCESSING, null, null))
                    .expectEvents(new OrderStatusChangedEvent(ORDER, OrderStatus.CONFIRMED, OrderStatus.PROCESSING));
        }

        @Test
        void anAdminCancelIsNotTheCustomers() {
            fixture.given(processing())
                    .when(new ChangeOrderStatusCommand(ORDER, OrderStatus.CANCELLED, null, "Out of stock at the"
                            + " warehouse"))
                    .expectEvents(cancelledEvent("Out of stock at the warehouse", false, null));
        }

        @Test
        void shippedByStatusNeedsATrackingNumber() {
            fixture.given(confirmed())
                    .when(new ChangeOrderStatusCommand(ORDER, OrderStatus.SHIPPED, null, null))
                    .expectException(invalid("tracking_number"));
        }

        @Test
        void deliveryDeliversTheFulfillmentToo() {
            fixture.given(shipped())
                    .when(new ChangeOrderStatusCommand(ORDER, OrderStatus.DELIVERED, null, null))
                    .expectEvents(new OrderDeliveredEvent(ORDER, OrderStatus.DELIVERED, FulfillmentStatus.DELIVERED));
        }

        @Test
        void cannotBeRefundedByStatus() {
            fixture.given(delivered())
                    .when(new ChangeOrderStatusCommand(ORDER, OrderStatus.REFUNDED, null, null))
                    .expectException(ruleBroken("ILLEGAL_STATUS_CHANGE", "status"));
        }

        @Test
        void cannotGoBackToConfirmed() {
            fixture.given(processing())
                    .when(new ChangeOrderStatusCommand(ORDER, OrderStatus.CONFIRMED, null, null))
                    .expectException(ruleBroken("ILLEGAL_STATUS_CHANGE", "status"));
        }

        @Test
        void needsAStatus() {
            fixture.given(confirmed())
                    .when(new ChangeOrderStatusCommand(ORDER, null, null, null))
                    .expectException(invalid("status"));
        }
    }

    @Nested
    class Ship {

        @Test
        void shipsAConfirmedOrderUnderItsTrackingNumberNamingTheLinesToSettle() {
            fixture.given(confirmed())
                    .when(new ShipOrderCommand(ORDER, "  " + TRACKING + " "))
                    .expectEvents(shippedEvent(TRACKING));
        }

        @Test
        void shipsAnOrderBeingPacked() {
            fixture.given(processing())
                    .when(new ShipOrderCommand(ORDER, TRACKING))
                    .expectEvents(shippedEvent(TRACKING));
        }

        @Test
        void needsATrackingNumberOfOneToAHundredCharacters() {
            fixture.given(confirmed()).when(new ShipOrderCommand(ORDER, " "))
                    .expectException(invalid("tracking_number"));
            fixture.given(confirmed()).when(new ShipOrderCommand(ORDER, null))
                    .expectException(invalid("tracking_number"));
            fixture.given(confirmed()).when(new ShipOrderCommand(ORDER, "T".repeat(Order.MAX_TRACKING_NUMBER + 1)))
                    .expectException(invalid("tracking_number"));
            fixture.given(confirmed()).when(new ShipOrderCommand(ORDER, "T".repeat(Order.MAX_TRACKING_NUMBER)))
                    .expectEvents(shippedEvent("T".repeat(Order.MAX_TRACKING_NUMBER)));
        }

        @Test
        void shippingAgainUnderTheSameNumberRecordsNothing() {
            fixture.given(shipped())
                    .when(new ShipOrderCommand(ORDER, TRACKING))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void cannotShipAgainUnderAnotherNumber() {
            fixture.given(shipped())
                    .when(new ShipOrderCommand(ORDER, "OTHER-1"))
                    .expectException(ruleBroken("ILLEGAL_STATUS_CHANGE", "status"));
        }

        @Test
        void cannotShipACancelledOrder() {
            fixture.given(cancelled())
                    .when(new ShipOrderCommand(ORDER, TRACKING))
                    .expectException(ruleBroken("ILLEGAL_STATUS_CHANGE", "status"))
                    .expectNoEvents();
        }

        @Test
        void cannotShipAnOrderTheCheckoutHasNotConfirmed() {
            fixture.given(pending())
                    .when(new ShipOrderCommand(ORDER, TRACKING))
                    .expectException(ruleBroken("ILLEGAL_STATUS_CHANGE", "status"));
        }

        @Test
        void cannotShipARefundedOrder() {
            fixture.given(with(confirmed(), paid(), cancelledEvent("refunded", false, null),
                            refundedEvent(1, "61.80", "61.80", List.of(), PaymentStatus.REFUNDED,
                                    OrderStatus.REFUNDED)))
                    .when(new ShipOrderCommand(ORDER, TRACKING))
                    .expectException(ruleBroken("ILLEGAL_STATUS_CHANGE", "status"));
        }
    }

    /** Every payment status to every other, on a confirmed order. */
    @Nested
    class Payment {

        static final Map<PaymentStatus, Set<PaymentStatus>> LEGAL = Map.of(
                PaymentStatus.PENDING, Set.of(PaymentStatus.PAID, PaymentStatus.PARTIALLY_PAID, PaymentStatus.FAILED),
                PaymentStatus.PARTIALLY_PAID, Set.of(PaymentStatus.PAID, PaymentStatus.FAILED),
                PaymentStatus.FAILED, Set.of(PaymentStatus.PENDING, PaymentStatus.PAID,
                        PaymentStatus.PARTIALLY_PAID));

        static List<Object> payment(PaymentStatus status) {
            return switch (status) {
                case PENDING -> confirmed();
                case PAID -> with(confirmed(), paid());
                case PARTIALLY_PAID -> with(confirmed(), new OrderPaymentStatusChangedEvent(ORDER,
                        PaymentStatus.PENDING, PaymentStatus.PARTIALLY_PAID));
                case FAILED -> with(confirmed(), new OrderPaymentStatusChangedEvent(ORDER, PaymentStatus.PENDING,
                        PaymentStatus.FAILED));
                case PARTIALLY_REFUNDED -> with(confirmed(), paid(), refundedEvent(1, "10.00", "10.00", List.of(),
                        PaymentStatus.PARTIALLY_REFUNDED, OrderStatus.CONFIRMED));
                case REFUNDED -> refunded();
            };
        }

        static Stream<Arguments> everyMove() {
            return Arrays.stream(PaymentStatus.values()).flatMap(from -> Arrays.stream(PaymentStatus.values())
                    .map(to -> Arguments.of(from, to)));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource("everyMove")
        void movesOnlyAlongTheMachine(PaymentStatus from, PaymentStatus to) {
            var result = fixture.given(payment(from)).when(new ChangePaymentStatusCommand(ORDER, to));
            if (from == to) {
                result.expectSuccessfulHandlerExecution().expectNoEvents();
            } else if (LEGAL.getOrDefault(from, Set.of()).contains(to)) {
                result.expectEvents(new OrderPaymentStatusChangedEvent(ORDER, from, to));
            } else {
                result.expectException(ruleBroken("ILLEGAL_PAYMENT_STATUS_CHANGE", "payment_status")).expectNoEvents();
            }
        }

        @Test
        void aShippedOrderIsPaidOnDelivery() {
            fixture.given(shipped())
                    .when(new ChangePaymentStatusCommand(ORDER, PaymentStatus.PAID))
                    .expectEvents(paid());
        }

        @Test
        void cannotRecordAPaymentOfACancelledOrder() {
            fixture.given(cancelled())
                    .when(new ChangePaymentStatusCommand(ORDER, PaymentStatus.PAID))
                    .expectException(ruleBroken("ILLEGAL_PAYMENT_STATUS_CHANGE", "payment_status"));
        }

        @Test
        void cannotRecordAPaymentBeforeTheCheckoutDecided() {
            fixture.given(pending())
                    .when(new ChangePaymentStatusCommand(ORDER, PaymentStatus.PAID))
                    .expectException(ruleBroken("ILLEGAL_PAYMENT_STATUS_CHANGE", "payment_status"));
        }
    }

    /** Every packing status to every fulfillment status, on a confirmed order. */
    @Nested
    class Fulfillment {

        static final Set<FulfillmentStatus> PACKING = Set.of(FulfillmentStatus.UNFULFILLED,
                FulfillmentStatus.PARTIAL, FulfillmentStatus.FULFILLED);

        static Stream<Arguments> everyMove() {
            return PACKING.stream().flatMap(from -> Arrays.stream(FulfillmentStatus.values())
                    .map(to -> Arguments.of(from, to)));
        }

        static List<Object> packed(FulfillmentStatus status) {
            return status == FulfillmentStatus.UNFULFILLED ? confirmed() : with(confirmed(),
                    new OrderFulfillmentStatusChangedEvent(ORDER, FulfillmentStatus.UNFULFILLED, status,
                            OrderStatus.PROCESSING));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource("everyMove")
        void movesAmongThePackingStatusesOnly(FulfillmentStatus from, FulfillmentStatus to) {
            var result = fixture.given(packed(from)).when(new ChangeFulfillmentStatusCommand(ORDER, to));
            if (from == to) {
                result.expectSuccessfulHandlerExecution().expectNoEvents();
            } else if (PACKING.contains(to)) {
                result.expectEvents(new OrderFulfillmentStatusChangedEvent(ORDER, from, to,
                        OrderStatus.PROCESSING));
            } else {
                result.expectException(ruleBroken("ILLEGAL_FULFILLMENT_STATUS_CHANGE", "fulfillment_status"))
                        .expectNoEvents();
            }
        }

        @Test
        void packingAConfirmedOrderMakesItProcessing() {
            fixture.given(confirmed())
                    .when(new ChangeFulfillmentStatusCommand(ORDER, FulfillmentStatus.PARTIAL))
                    .expectEvents(new OrderFulfillmentStatusChangedEvent(ORDER, FulfillmentStatus.UNFULFILLED,
                            FulfillmentStatus.PARTIAL, OrderStatus.PROCESSING));
        }

        @Test
        void aShippedOrderIsNoLongerPacked() {
            fixture.given(shipped())
                    .when(new ChangeFulfillmentStatusCommand(ORDER, FulfillmentStatus.FULFILLED))
                    .expectException(ruleBroken("ILLEGAL_FULFILLMENT_STATUS_CHANGE", "fulfillment_status"));
        }

        @Test
        void aCancelledOrderIsNoLongerPacked() {
            fixture.given(cancelled())
                    .when(new ChangeFulfillmentStatusCommand(ORDER, FulfillmentStatus.PARTIAL))
                    .expectException(ruleBroken("ILLEGAL_FULFILLMENT_STATUS_CHANGE", "fulfillment_status"));
        }
    }

    @Nested
    class Refund {

        @Test
        void refundsPartOfAPaidOrder() {
            fixture.given(with(delivered(), paid()))
                    .when(refund("20.00", false))
                    .expectEvents(refundedEvent(1, "20.00", "20.00", List.of(), PaymentStatus.PARTIALLY_REFUNDED,
                            OrderStatus.DELIVERED))
                    .expectResultMessagePayload(new OrderStanding(ORDER.value(), OrderStatus.DELIVERED,
                            PaymentStatus.PARTIALLY_REFUNDED, FulfillmentStatus.DELIVERED, TRACKING,
                            new BigDecimal("20.00"), new BigDecimal("41.80")));
        }

        @Test
        void refundingTheRestRefundsTheOrder() {
            fixture.given(with(delivered(), paid(), refundedEvent(1, "20.00", "20.00", List.of(),
                            PaymentStatus.PARTIALLY_REFUNDED, OrderStatus.DELIVERED)))
                    .when(refund("41.80", false))
                    .expectEvents(refundedEvent(2, "41.80", "61.80", List.of(), PaymentStatus.REFUNDED,
                            OrderStatus.REFUNDED));
        }

        @Test
        void withoutAnAmountRefundsAllThatIsLeft() {
            fixture.given(with(delivered(), paid(), refundedEvent(1, "20.00", "20.00", List.of(),
                            PaymentStatus.PARTIALLY_REFUNDED, OrderStatus.DELIVERED)))
                    .when(refund(null, false))
                    .expectEvents(refundedEvent(2, "41.80", "61.80", List.of(), PaymentStatus.REFUNDED,
                            OrderStatus.REFUNDED));
        }

        @Test
        void refundCannotExceedWhatIsLeft() {
            fixture.given(with(delivered(), paid(), refundedEvent(1, "20.00", "20.00", List.of(),
                            PaymentStatus.PARTIALLY_REFUNDED, OrderStatus.DELIVERED)))
                    .when(refund("41.81", false))
                    .expectException(ruleBroken("REFUND_EXCEEDS_REMAINING"))
                    .expectNoEvents();
        }

        @Test
        void refundIsMoreThanNothingInCents() {
            fixture.given(with(delivered(), paid())).when(refund("0", false)).expectException(invalid("amount"));
            fixture.given(with(delivered(), paid())).when(refund("-5", false)).expectException(invalid("amount"));
            fixture.given(with(delivered(), paid())).when(refund("1.005", false))
                    .expectException(invalid("amount"));
        }

        @Test
        void cannotRefundAnUnpaidOrder() {
            fixture.given(delivered())
                    .when(refund("10.00", false))
                    .expectException(ruleBroken("NOTHING_PAID"));
        }

        @Test
        void cannotRefundARefundedOrder() {
            fixture.given(refunded())
                    .when(refund("1.00", false))
                    .expectException(ruleBroken("NOTHING_PAID"));
        }

        @Test
        void restocksAShippedOrdersLines() {
            fixture.given(with(shipped(), paid()))
                    .when(refund("61.80", true))
                    .expectEvents(refundedEvent(1, "61.80", "61.80", LINES, PaymentStatus.REFUNDED,
                            OrderStatus.REFUNDED));
        }

        @Test
        void restocksOnlyOnce() {
            fixture.given(with(delivered(), paid(), refundedEvent(1, "20.00", "20.00", LINES,
                            PaymentStatus.PARTIALLY_REFUNDED, OrderStatus.DELIVERED)))
                    .when(refund("10.00", true))
                    .expectException(ruleBroken("ALREADY_RESTOCKED"));
        }

        @Test
        void cannotRestockAnOrderThatHasNotShipped() {
            fixture.given(with(processing(), paid()))
                    .when(refund("10.00", true))
                    .expectException(ruleBroken("NOTHING_TO_RESTOCK"));
        }

        @Test
        void aPartialRefundBeforeShippingLeavesTheOrderGoing() {
            fixture.given(with(processing(), paid()))
                    .when(refund("5.00", false))
                    .expectEvents(refundedEvent(1, "5.00", "5.00", List.of(), PaymentStatus.PARTIALLY_REFUNDED,
                            OrderStatus.PROCESSING));
        }

        @Test
        void aWholeRefundBeforeShippingCancelsTheOrderFirst() {
            fixture.given(orderPlacedWithCoupon(), orderConfirmed("6.18", "55.62", 77L), paid())
                    .when(new RefundOrderCommand(ORDER, null, "Changed my mind", false))
                    .expectEvents(cancelledEvent("Changed my mind", false, COUPON),
                            new OrderRefundedEvent(ORDER, 1, new BigDecimal("55.62"), "Changed my mind",
                                    new BigDecimal("55.62"), List.of(), PaymentStatus.REFUNDED,
                                    OrderStatus.REFUNDED));
        }

        @Test
        void aCancelledOrdersPaymentIsRefundedWithoutCancellingAgain() {
            fixture.given(with(confirmed(), paid(), cancelledEvent(null, true, null)))
                    .when(refund(null, false))
                    .expectEvents(refundedEvent(1, "61.80", "61.80", List.of(), PaymentStatus.REFUNDED,
                            OrderStatus.REFUNDED));
        }

        @Test
        void aCancelledOrderHasNothingToRestock() {
            fixture.given(with(confirmed(), paid(), cancelledEvent(null, true, null)))
                    .when(refund(null, true))
                    .expectException(ruleBroken("NOTHING_TO_RESTOCK"));
        }
    }

    @Nested
    class Bulk {

        @Test
        void movesEveryGivenStatusInOneGo() {
            fixture.given(confirmed())
                    .when(new UpdateOrderStatusesCommand(ORDER, OrderStatus.PROCESSING, PaymentStatus.PAID,
                            FulfillmentStatus.FULFILLED))
                    .expectEvents(new OrderStatusChangedEvent(ORDER, OrderStatus.CONFIRMED, OrderStatus.PROCESSING),
                            paid(), new OrderFulfillmentStatusChangedEvent(ORDER, FulfillmentStatus.UNFULFILLED,
                                    FulfillmentStatus.FULFILLED, OrderStatus.PROCESSING));
        }

        @Test
        void changesAllOrNothing() {
            fixture.given(confirmed())
                    .when(new UpdateOrderStatusesCommand(ORDER, OrderStatus.PROCESSING, PaymentStatus.REFUNDED,
                            null))
                    .expectException(ruleBroken("ILLEGAL_PAYMENT_STATUS_CHANGE", "payment_status"))
                    .expectNoEvents();
        }

        @Test
        void needsSomethingToChange() {
            fixture.given(confirmed())
                    .when(new UpdateOrderStatusesCommand(ORDER, null, null, null))
                    .expectException(invalid("status"));
        }

        @Test
        void cannotShipWithoutATrackingNumber() {
            fixture.given(confirmed())
                    .when(new UpdateOrderStatusesCommand(ORDER, OrderStatus.SHIPPED, null, null))
                    .expectException(invalid("tracking_number"));
        }
    }
}
