package com.skincare.shop.command.ordering;

import com.skincare.shop.api.catalog.ReleaseStockCommand;
import com.skincare.shop.api.catalog.ReturnStockCommand;
import com.skincare.shop.api.catalog.SettleStockReservationCommand;
import com.skincare.shop.api.coupons.CouponId;
import com.skincare.shop.api.coupons.ReleaseCouponRedemptionCommand;
import com.skincare.shop.api.ordering.FulfillmentStatus;
import com.skincare.shop.api.ordering.OrderCancelledEvent;
import com.skincare.shop.api.ordering.OrderLine;
import com.skincare.shop.api.ordering.OrderRefundedEvent;
import com.skincare.shop.api.ordering.OrderShippedEvent;
import com.skincare.shop.api.ordering.OrderStatus;
import com.skincare.shop.api.ordering.PaymentStatus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static com.skincare.shop.command.ordering.OrderFixtures.CLEANSER;
import static com.skincare.shop.command.ordering.OrderFixtures.COUPON;
import static com.skincare.shop.command.ordering.OrderFixtures.CUSTOMER;
import static com.skincare.shop.command.ordering.OrderFixtures.ORDER;
import static com.skincare.shop.command.ordering.OrderFixtures.SERUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * What the order's decisions ask of products and coupons, and how a failure is met: the handler fails the event,
 * so its processor delivers it again, and the second delivery sends every command again; the products and the
 * coupon turn the repeated ones into no change ({@code ProductReservationTest}, {@code ProductSettlementTest},
 * {@code CouponTest}).
 */
class OrderCompensationTest {

    private static final long ORDER_ID = ORDER.value();
    private static final List<OrderLine> LINES = List.of(new OrderLine(SERUM, 2), new OrderLine(CLEANSER, 1));

    private final OrderCompensation compensation = new OrderCompensation();
    private final List<Object> sent = new ArrayList<>();
    private final List<Predicate<Object>> failOnce = new ArrayList<>();
    private CheckoutStepGateway commands;

    /** Each step on the calling thread, as the step gateway's pool would run it on its own. */
    @BeforeEach
    void setUp() {
        CommandGateway gateway = mock(CommandGateway.class);
        commands = new CheckoutStepGateway(gateway, Runnable::run);
        when(gateway.sendAndWait(any())).thenAnswer(call -> {
            // The step gateway hands on a message made on the saga's thread, for its correlation data.
            Object command = call.getArgument(0) instanceof CommandMessage<?> message ? message.getPayload()
                    : call.getArgument(0);
            sent.add(command);
            for (Predicate<Object> failure : List.copyOf(failOnce)) {
                if (failure.test(command)) {
                    failOnce.remove(failure);
                    if (command instanceof ReleaseStockCommand) {
                        throw new AggregateNotFoundException(command.toString(), "gone");
                    }
                    throw new CommandExecutionException("The coupon did not answer", null);
                }
            }
            return null;
        });
    }

    private static OrderCancelledEvent cancelled(Long coupon) {
        return new OrderCancelledEvent(ORDER, CUSTOMER, null, true, LINES, coupon, OrderStatus.CANCELLED);
    }

    @Test
    void aCancellationGivesBackEveryReservationAndTheCouponsUse() {
        compensation.on(cancelled(COUPON), commands);

        assertThat(sent).containsExactly(
                new ReleaseStockCommand(SERUM, ORDER_ID),
                new ReleaseStockCommand(CLEANSER, ORDER_ID),
                new ReleaseCouponRedemptionCommand(CouponId.of(COUPON), ORDER_ID));
    }

    @Test
    void aCancellationWithoutACouponGivesBackTheStockOnly() {
        compensation.on(cancelled(null), commands);

        assertThat(sent).containsExactly(new ReleaseStockCommand(SERUM, ORDER_ID),
                new ReleaseStockCommand(CLEANSER, ORDER_ID));
    }

    @Test
    void aFailedStepFailsTheEventAndItsRedeliverySendsEveryStepAgain() {
        failOnce.add(command -> command instanceof ReleaseCouponRedemptionCommand);

        assertThatThrownBy(() -> compensation.on(cancelled(COUPON), commands))
                .isInstanceOf(CommandExecutionException.class);
        compensation.on(cancelled(COUPON), commands);

        assertThat(sent).containsExactly(
                new ReleaseStockCommand(SERUM, ORDER_ID),
                new ReleaseStockCommand(CLEANSER, ORDER_ID),
                new ReleaseCouponRedemptionCommand(CouponId.of(COUPON), ORDER_ID),
                new ReleaseStockCommand(SERUM, ORDER_ID),
                new ReleaseStockCommand(CLEANSER, ORDER_ID),
                new ReleaseCouponRedemptionCommand(CouponId.of(COUPON), ORDER_ID));
    }

    @Test
    void aProductThatNoLongerExistsDoesNotHoldUpTheRest() {
        failOnce.add(command -> command.equals(new ReleaseStockCommand(SERUM, ORDER_ID)));

        compensation.on(cancelled(COUPON), commands);

        assertThat(sent).containsExactly(
                new ReleaseStockCommand(SERUM, ORDER_ID),
                new ReleaseStockCommand(CLEANSER, ORDER_ID),
                new ReleaseCouponRedemptionCommand(CouponId.of(COUPON), ORDER_ID));
    }

    @Test
    void aShipmentSettlesEveryLinesReservation() {
        compensation.on(new OrderShippedEvent(ORDER, "KH1", LINES, OrderStatus.SHIPPED, FulfillmentStatus.SHIPPED),
                commands);

        assertThat(sent).containsExactly(new SettleStockReservationCommand(SERUM, ORDER_ID),
                new SettleStockReservationCommand(CLEANSER, ORDER_ID));
    }

    @Test
    void aRefundWithRestockReturnsEveryLinesQuantity() {
        compensation.on(refunded(LINES), commands);

        assertThat(sent).containsExactly(new ReturnStockCommand(SERUM, ORDER_ID, 2),
                new ReturnStockCommand(CLEANSER, ORDER_ID, 1));
    }

    @Test
    void aRefundWithoutRestockAsksNothingOfTheProducts() {
        compensation.on(refunded(List.of()), commands);

        assertThat(sent).isEmpty();
    }

    private static OrderRefundedEvent refunded(List<OrderLine> restocked) {
        return new OrderRefundedEvent(ORDER, 1, new BigDecimal("10.00"), null, new BigDecimal("10.00"), restocked,
                PaymentStatus.PARTIALLY_REFUNDED, OrderStatus.DELIVERED);
    }
}
