package com.skincare.shop.command.ordering;

import com.skincare.shop.api.catalog.ReleaseStockCommand;
import com.skincare.shop.api.catalog.ReserveStockCommand;
import com.skincare.shop.api.common.Rejection;
import com.skincare.shop.api.coupons.CheckoutBasket;
import com.skincare.shop.api.coupons.CouponId;
import com.skincare.shop.api.coupons.CouponRedemption;
import com.skincare.shop.api.coupons.RedeemCouponCommand;
import com.skincare.shop.api.coupons.ReleaseCouponRedemptionCommand;
import com.skincare.shop.api.ordering.ConfirmOrderCommand;
import com.skincare.shop.api.ordering.RejectOrderCommand;
import com.skincare.shop.command.CouponUsageIds;
import com.skincare.shop.command.Refusals;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static com.skincare.shop.command.ordering.OrderFixtures.CLEANSER;
import static com.skincare.shop.command.ordering.OrderFixtures.COUPON;
import static com.skincare.shop.command.ordering.OrderFixtures.CUSTOMER;
import static com.skincare.shop.command.ordering.OrderFixtures.ORDER;
import static com.skincare.shop.command.ordering.OrderFixtures.SERUM;
import static com.skincare.shop.command.ordering.OrderFixtures.orderConfirmed;
import static com.skincare.shop.command.ordering.OrderFixtures.orderPlaced;
import static com.skincare.shop.command.ordering.OrderFixtures.orderPlacedWithCoupon;
import static com.skincare.shop.command.ordering.OrderFixtures.orderRejected;

/**
 * The checkout's steps and their compensations. Commands are answered by {@link #answers}: carried out unless a
 * test makes one refuse; a redemption answers with a 6.18 discount.
 */
class CheckoutSagaTest {

    private static final long USAGE = 77L;
    private static final long ORDER_ID = ORDER.value();
    /** The order was placed at 03:15 UTC, 10:15 in Phnom Penh: the coupon's dates are checked against that day. */
    private static final LocalDate SHOP_DAY = LocalDate.of(2026, 12, 1);

    private SagaTestFixture<CheckoutSaga> fixture;
    private final Map<Class<?>, Function<Object, Object>> answers = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(CheckoutSaga.class);
        fixture.registerResource((CouponUsageIds) () -> USAGE);
        fixture.registerResource(new CheckoutStepGateway(
                DefaultCommandGateway.builder().commandBus(fixture.getCommandBus()).build(), Runnable::run));
        answers.put(RedeemCouponCommand.class, command -> new CouponRedemption(CouponId.of(COUPON), USAGE,
                ORDER_ID, new BigDecimal("6.18"), false, List.of(SERUM.value(), CLEANSER.value())));
        fixture.setCallbackBehavior(this::answer);
    }

    private Object answer(Object payload, MetaData metaData) {
        Function<Object, Object> answer = answers.get(payload.getClass());
        return answer == null ? null : answer.apply(payload);
    }

    private void refuse(Class<?> command, Function<Object, RuntimeException> refusal) {
        answers.put(command, payload -> {
            throw refusal.apply(payload);
        });
    }

    private static RedeemCouponCommand redeem() {
        return new RedeemCouponCommand(CouponId.of(COUPON), USAGE, CUSTOMER, ORDER_ID,
                new CheckoutBasket(List.of(
                        new CheckoutBasket.Line(SERUM.value(), Set.of("serums"), new BigDecimal("24.90"), 2),
                        new CheckoutBasket.Line(CLEANSER.value(), Set.of("cleansers"),
                                new BigDecimal("12.00"), 1)),
                        BigDecimal.ZERO),
                SHOP_DAY, true);
    }

    @Test
    void reservesEveryProductInTheOrderOfTheirIdsThenConfirms() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(orderPlaced())
                .expectDispatchedCommands(
                        new ReserveStockCommand(CLEANSER, ORDER_ID, 1),
                        new ReserveStockCommand(SERUM, ORDER_ID, 2),
                        new ConfirmOrderCommand(ORDER, null, null))
                .expectActiveSagas(0);
    }

    @Test
    void redeemsTheCouponAfterTheStockAndConfirmsWithItsDiscount() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(orderPlacedWithCoupon())
                .expectDispatchedCommands(
                        new ReserveStockCommand(CLEANSER, ORDER_ID, 1),
                        new ReserveStockCommand(SERUM, ORDER_ID, 2),
                        redeem(),
                        new ConfirmOrderCommand(ORDER, new BigDecimal("6.18"), USAGE))
                .expectActiveSagas(0);
    }

    @Test
    void stockRefusedOnTheSecondProductGivesTheFirstBackAndRejects() {
        answers.put(ReserveStockCommand.class, payload -> {
            if (((ReserveStockCommand) payload).productId().equals(SERUM)) {
                throw Refusals.rule("INSUFFICIENT_STOCK", "Only 1 in stock");
            }
            return null;
        });

        fixture.givenNoPriorActivity()
                .whenPublishingA(orderPlacedWithCoupon())
                .expectDispatchedCommands(
                        new ReserveStockCommand(CLEANSER, ORDER_ID, 1),
                        new ReserveStockCommand(SERUM, ORDER_ID, 2),
                        new ReleaseStockCommand(CLEANSER, ORDER_ID),
                        new RejectOrderCommand(ORDER, "INSUFFICIENT_STOCK", "Only 1 in stock"))
                .expectActiveSagas(0);
    }

    @Test
    void stockRefusedOnTheFirstProductTakesNothingElse() {
        refuse(ReserveStockCommand.class, payload -> Refusals.rule("PRODUCT_UNAVAILABLE", "Not on sale"));

        fixture.givenNoPriorActivity()
                .whenPublishingA(orderPlaced())
                .expectDispatchedCommands(
                        new ReserveStockCommand(CLEANSER, ORDER_ID, 1),
                        new RejectOrderCommand(ORDER, "PRODUCT_UNAVAILABLE", "Not on sale"));
    }

    @Test
    void anUnknownProductRejectsTheOrder() {
        refuse(ReserveStockCommand.class, payload -> new AggregateNotFoundException("product-17", "not found"));

        fixture.givenNoPriorActivity()
                .whenPublishingA(orderPlaced())
                .expectDispatchedCommands(
                        new ReserveStockCommand(CLEANSER, ORDER_ID, 1),
                        new RejectOrderCommand(ORDER, "PRODUCT_UNAVAILABLE", "Something in the order no longer exists"));
    }

    @Test
    void aCouponRefusedGivesAllTheStockBackAndRejects() {
        refuse(RedeemCouponCommand.class, payload -> Refusals.rule("COUPON_USED_UP", "This coupon has been used up"));

        fixture.givenNoPriorActivity()
                .whenPublishingA(orderPlacedWithCoupon())
                .expectDispatchedCommands(
                        new ReserveStockCommand(CLEANSER, ORDER_ID, 1),
                        new ReserveStockCommand(SERUM, ORDER_ID, 2),
                        redeem(),
                        new ReleaseStockCommand(CLEANSER, ORDER_ID),
                        new ReleaseStockCommand(SERUM, ORDER_ID),
                        new RejectOrderCommand(ORDER, "COUPON_USED_UP", "This coupon has been used up"))
                .expectActiveSagas(0);
    }

    @Test
    void aConfirmationRefusedAfterStockAndCouponWereTakenGivesBothBack() {
        refuse(ConfirmOrderCommand.class, payload -> Refusals.invalid("discount", "too much"));

        fixture.givenNoPriorActivity()
                .whenPublishingA(orderPlacedWithCoupon())
                .expectDispatchedCommands(
                        new ReserveStockCommand(CLEANSER, ORDER_ID, 1),
                        new ReserveStockCommand(SERUM, ORDER_ID, 2),
                        redeem(),
                        new ConfirmOrderCommand(ORDER, new BigDecimal("6.18"), USAGE),
                        new ReleaseStockCommand(CLEANSER, ORDER_ID),
                        new ReleaseStockCommand(SERUM, ORDER_ID),
                        new ReleaseCouponRedemptionCommand(CouponId.of(COUPON), ORDER_ID),
                        new RejectOrderCommand(ORDER, "VALIDATION_FAILED", "too much"))
                .expectActiveSagas(0);
    }

    @Test
    void aStepWithoutAnAnswerIsGivenBackToo() {
        answers.put(ReserveStockCommand.class, payload -> {
            if (((ReserveStockCommand) payload).productId().equals(SERUM)) {
                throw new IllegalStateException("connection reset");
            }
            return null;
        });

        fixture.givenNoPriorActivity()
                .whenPublishingA(orderPlaced())
                .expectDispatchedCommands(
                        new ReserveStockCommand(CLEANSER, ORDER_ID, 1),
                        new ReserveStockCommand(SERUM, ORDER_ID, 2),
                        new ReleaseStockCommand(CLEANSER, ORDER_ID),
                        new ReleaseStockCommand(SERUM, ORDER_ID),
                        new RejectOrderCommand(ORDER, "CHECKOUT_FAILED",
                                "The order could not be completed; please try again"));
    }

    @Test
    void aRedemptionWithoutAnAnswerIsReleased() {
        refuse(RedeemCouponCommand.class, payload -> new IllegalStateException("timeout"));

        fixture.givenNoPriorActivity()
                .whenPublishingA(orderPlacedWithCoupon())
                .expectDispatchedCommands(
                        new ReserveStockCommand(CLEANSER, ORDER_ID, 1),
                        new ReserveStockCommand(SERUM, ORDER_ID, 2),
                        redeem(),
                        new ReleaseStockCommand(CLEANSER, ORDER_ID),
                        new ReleaseStockCommand(SERUM, ORDER_ID),
                        new ReleaseCouponRedemptionCommand(CouponId.of(COUPON), ORDER_ID),
                        new RejectOrderCommand(ORDER, "CHECKOUT_FAILED",
                                "The order could not be completed; please try again"));
    }

    @Test
    void theSameOrderPlacedAgainSendsTheSameIdempotentSteps() {
        fixture.givenAPublished(orderPlacedWithCoupon())
                .whenPublishingA(orderPlacedWithCoupon())
                .expectDispatchedCommands(
                        new ReserveStockCommand(CLEANSER, ORDER_ID, 1),
                        new ReserveStockCommand(SERUM, ORDER_ID, 2),
                        redeem(),
                        new ConfirmOrderCommand(ORDER, new BigDecimal("6.18"), USAGE))
                .expectActiveSagas(0);
    }

    @Test
    void theDecisionSeenAgainSendsNothing() {
        fixture.givenAPublished(orderPlaced())
                .andThenAPublished(orderConfirmed("0.00", "61.80", null))
                .whenPublishingA(orderConfirmed("0.00", "61.80", null))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }

    /**
     * The checkout came back late (its node was slow, or the order's event is handled again after a node died):
     * the deadline has rejected the order meanwhile, so the confirmation is refused and everything it took goes back.
     */
    @Test
    void aLateCheckoutOfAnOrderThatTimedOutGivesBackWhatItTook() {
        refuse(ConfirmOrderCommand.class, payload -> Refusals.rule("ORDER_NOT_PENDING",
                "The order is cancelled and can no longer be confirmed"));

        fixture.givenNoPriorActivity()
                .whenPublishingA(orderPlacedWithCoupon())
                .expectDispatchedCommands(
                        new ReserveStockCommand(CLEANSER, ORDER_ID, 1),
                        new ReserveStockCommand(SERUM, ORDER_ID, 2),
                        redeem(),
                        new ConfirmOrderCommand(ORDER, new BigDecimal("6.18"), USAGE),
                        new ReleaseStockCommand(CLEANSER, ORDER_ID),
                        new ReleaseStockCommand(SERUM, ORDER_ID),
                        new ReleaseCouponRedemptionCommand(CouponId.of(COUPON), ORDER_ID),
                        new RejectOrderCommand(ORDER, "ORDER_NOT_PENDING",
                                "The order is cancelled and can no longer be confirmed"))
                .expectActiveSagas(0);
    }
}
