package com.skincare.shop.command.ordering;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.skincare.shop.api.catalog.ReleaseStockCommand;
import com.skincare.shop.api.catalog.ReserveStockCommand;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.RejectedException;
import com.skincare.shop.api.common.Rejection;
import com.skincare.shop.api.coupons.CheckoutBasket;
import com.skincare.shop.api.coupons.CouponId;
import com.skincare.shop.api.coupons.CouponPolicy;
import com.skincare.shop.api.coupons.CouponRedemption;
import com.skincare.shop.api.coupons.RedeemCouponCommand;
import com.skincare.shop.api.coupons.ReleaseCouponRedemptionCommand;
import com.skincare.shop.api.ordering.ConfirmOrderCommand;
import com.skincare.shop.api.ordering.OrderConfirmedEvent;
import com.skincare.shop.api.ordering.OrderId;
import com.skincare.shop.api.ordering.OrderItem;
import com.skincare.shop.api.ordering.OrderPlacedEvent;
import com.skincare.shop.api.ordering.OrderRejectedEvent;
import com.skincare.shop.api.ordering.RejectOrderCommand;
import com.skincare.shop.command.CouponUsageIds;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The checkout of one order: takes its stock product by product, then its coupon, and confirms it; on the first
 * refusal gives back everything taken and rejects it with the refusal's code. Each step waits for its answer, so
 * the saga always knows what it holds. Products are reserved in the order of their ids, so two checkouts that
 * want the same products take them in the same order.
 * <p>
 * A step whose outcome is unknown (it failed without a refusal, say a timeout) is given back as well, since the
 * releases are no-ops for an order that holds nothing. The saga ends with its decision; an {@link OrderPlacedEvent}
 * seen again starts a new one, which the aggregates' idempotency (one reservation and one redemption per order, a
 * decided order deciding nothing again) turns into no change.
 * <p>
 * Stored as JSON through the event store's plain Jackson mapper, hence the field visibility.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class CheckoutSaga {

    /** The association of a checkout with its order: the order id as its aggregate identifier reads. */
    public static final String ORDER_ID = "orderId";

    private static final Logger log = LoggerFactory.getLogger(CheckoutSaga.class);
    private static final int MAX_CAUSE_DEPTH = 32;

    private OrderId orderId;
    /** Products that may hold stock for the order: reserved, or asked to reserve without an answer. */
    private List<ProductId> reserved = new ArrayList<>();
    /** The coupon that may hold a redemption for the order, or null. */
    private Long couponHeld;

    @StartSaga
    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(OrderPlacedEvent event, CheckoutStepGateway commands, CouponUsageIds usageIds) {
        orderId = event.orderId();
        long order = orderId.value();
        List<OrderItem> items = event.items().stream()
                .sorted(Comparator.comparingLong(item -> item.productId().value())).toList();
        for (OrderItem item : items) {
            Optional<Rejection> refused = attempt(commands,
                    new ReserveStockCommand(item.productId(), order, item.quantity()), "PRODUCT_UNAVAILABLE");
            if (refused.isPresent()) {
                reject(commands, refused.get());
                return;
            }
            reserved.add(item.productId());
        }
        CouponRedemption redemption = null;
        if (event.couponId() != null) {
            CouponId coupon = CouponId.of(event.couponId());
            couponHeld = event.couponId();
            RedeemCouponCommand redeem = new RedeemCouponCommand(coupon, usageIds.nextUsageId(), event.userId(),
                    order, basket(event), LocalDate.ofInstant(event.placedAt(), CouponPolicy.SHOP_ZONE),
                    event.firstOrder());
            try {
                redemption = commands.sendAndWait(redeem);
            } catch (RuntimeException e) {
                Rejection refusal = refusal(e, "COUPON_NOT_FOUND");
                if (refusal != null) {
                    couponHeld = null;
                }
                reject(commands, refusal == null ? unknown(redeem, e) : refusal);
                return;
            }
        }
        ConfirmOrderCommand confirm = redemption == null ? new ConfirmOrderCommand(orderId, null, null)
                : new ConfirmOrderCommand(orderId, redemption.discountAmount(), redemption.usageId());
        Optional<Rejection> refused = attempt(commands, confirm, "ORDER_NOT_FOUND");
        if (refused.isPresent()) {
            reject(commands, refused.get());
            return;
        }
        SagaLifecycle.end();
    }

    /** For a decision reached while this saga's own command was still in doubt. */
    @EndSaga
    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(OrderConfirmedEvent event) {
        log.debug("Checkout of {} ends confirmed", event.orderId());
    }

    @EndSaga
    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(OrderRejectedEvent event) {
        log.debug("Checkout of {} ends rejected: {}", event.orderId(), event.reasonCode());
    }

    /**
     * Sends one step and answers its refusal, or empty when it was carried out. A failure that is no refusal
     * leaves the outcome unknown, so the step counts as taken and is given back with the rest.
     */
    private Optional<Rejection> attempt(CommandGateway commands, Object command, String notFoundCode) {
        try {
            commands.sendAndWait(command);
            return Optional.empty();
        } catch (RuntimeException e) {
            Rejection refusal = refusal(e, notFoundCode);
            if (refusal != null) {
                return Optional.of(refusal);
            }
            if (command instanceof ReserveStockCommand reserve) {
                reserved.add(reserve.productId());
            }
            return Optional.of(unknown(command, e));
        }
    }

    private void reject(CommandGateway commands, Rejection reason) {
        for (ProductId product : reserved) {
            commands.sendAndWait(new ReleaseStockCommand(product, orderId.value()));
        }
        reserved.clear();
        if (couponHeld != null) {
            commands.sendAndWait(new ReleaseCouponRedemptionCommand(CouponId.of(couponHeld), orderId.value()));
            couponHeld = null;
        }
        commands.sendAndWait(new RejectOrderCommand(orderId, reason.code(), reason.message()));
        SagaLifecycle.end();
    }

    private Rejection unknown(Object command, RuntimeException failure) {
        log.warn("Checkout of {}: {} failed without a refusal; giving back what the order holds", orderId,
                command.getClass().getSimpleName(), failure);
        return Rejection.rule("CHECKOUT_FAILED", "The order could not be completed; please try again");
    }

    private static Rejection refusal(Throwable failure, String notFoundCode) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof RejectedException rejected && rejected.rejection() != null) {
                return rejected.rejection();
            }
            if (cause instanceof HandlerExecutionException execution
                    && execution.getDetails().orElse(null) instanceof Rejection rejection) {
                return rejection;
            }
            if (cause instanceof AggregateNotFoundException) {
                return Rejection.rule(notFoundCode, "Something in the order no longer exists");
            }
        }
        return null;
    }

    private static CheckoutBasket basket(OrderPlacedEvent event) {
        return new CheckoutBasket(event.items().stream()
                .map(item -> new CheckoutBasket.Line(item.productId().value(), item.categories(), item.unitPrice(),
                        item.quantity()))
                .toList(), event.totals().shipping());
    }
}
