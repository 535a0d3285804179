package com.skincare.shop.command.ordering;

import com.skincare.shop.api.ordering.CheckoutTimedOutEvent;
import com.skincare.shop.api.ordering.ConfirmOrderCommand;
import com.skincare.shop.api.ordering.OrderRejectedEvent;
import com.skincare.shop.api.ordering.OrderStatus;
import com.skincare.shop.api.ordering.PaymentStatus;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.skincare.shop.command.RejectionMatchers.ruleBroken;
import static com.skincare.shop.command.ordering.OrderFixtures.CLEANSER;
import static com.skincare.shop.command.ordering.OrderFixtures.COUPON;
import static com.skincare.shop.command.ordering.OrderFixtures.ORDER;
import static com.skincare.shop.command.ordering.OrderFixtures.PLACED_AT;
import static com.skincare.shop.command.ordering.OrderFixtures.SERUM;
import static com.skincare.shop.command.ordering.OrderFixtures.orderConfirmed;
import static com.skincare.shop.command.ordering.OrderFixtures.orderRejected;
import static com.skincare.shop.command.ordering.OrderFixtures.placeOrder;
import static com.skincare.shop.command.ordering.OrderFixtures.placeOrderWithCoupon;

/** The order's checkout deadline: scheduled with the order, deciding only an order still pending. */
class CheckoutDeadlineTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final Instant DUE = PLACED_AT.plus(TIMEOUT);
    private static final String TIMED_OUT_MESSAGE =
            "The order could not be completed in time; nothing was charged, please try again";

    private FixtureConfiguration<Order> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
        fixture.registerInjectableResource(new CheckoutTimeout(TIMEOUT));
    }

    private static OrderRejectedEvent timedOut() {
        return new OrderRejectedEvent(ORDER, Order.CHECKOUT_TIMED_OUT, TIMED_OUT_MESSAGE, OrderStatus.CANCELLED,
                PaymentStatus.FAILED);
    }

    @Test
    void placingAnOrderSchedulesItsCheckoutDeadlineFromTheTimeItWasPlaced() {
        fixture.givenCurrentTime(PLACED_AT)
                .when(placeOrder())
                .expectScheduledDeadlineWithName(DUE, Order.CHECKOUT_DEADLINE);
    }

    @Test
    void aPendingOrderAtItsDeadlineGivesBackWhatItMayHoldAndIsRejected() {
        fixture.givenCurrentTime(PLACED_AT)
                .andGivenCommands(placeOrderWithCoupon())
                .whenThenTimeAdvancesTo(DUE)
                .expectTriggeredDeadlinesWithName(Order.CHECKOUT_DEADLINE)
                .expectEvents(new CheckoutTimedOutEvent(ORDER, List.of(SERUM, CLEANSER), COUPON, DUE), timedOut());
    }

    @Test
    void beforeItsDeadlineAPendingOrderWaits() {
        fixture.givenCurrentTime(PLACED_AT)
                .andGivenCommands(placeOrder())
                .whenThenTimeAdvancesTo(DUE.minusSeconds(1))
                .expectNoEvents()
                .expectScheduledDeadlineWithName(DUE, Order.CHECKOUT_DEADLINE);
    }

    @Test
    void aConfirmedOrderIgnoresItsDeadline() {
        fixture.givenCurrentTime(PLACED_AT)
                .andGivenCommands(placeOrder())
                .andGiven(orderConfirmed("0.00", "61.80", null))
                .whenThenTimeAdvancesTo(DUE)
                .expectTriggeredDeadlinesWithName(Order.CHECKOUT_DEADLINE)
                .expectNoEvents();
    }

    @Test
    void aRejectedOrderIgnoresItsDeadline() {
        fixture.givenCurrentTime(PLACED_AT)
                .andGivenCommands(placeOrder())
                .andGiven(orderRejected("INSUFFICIENT_STOCK"))
                .whenThenTimeAdvancesTo(DUE)
                .expectTriggeredDeadlinesWithName(Order.CHECKOUT_DEADLINE)
                .expectNoEvents();
    }

    @Test
    void cannotConfirmAnOrderThatTimedOut() {
        fixture.givenCurrentTime(PLACED_AT)
                .andGivenCommands(placeOrder())
                .andGiven(new CheckoutTimedOutEvent(ORDER, List.of(SERUM, CLEANSER), null, DUE), timedOut())
                .when(new ConfirmOrderCommand(ORDER, null, null))
                .expectException(ruleBroken("ORDER_NOT_PENDING"));
    }
}
