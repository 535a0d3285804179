package com.skincare.shop.command.ordering;

import com.skincare.shop.api.catalog.ReleaseStockCommand;
import com.skincare.shop.api.catalog.ReturnStockCommand;
import com.skincare.shop.api.catalog.SettleStockReservationCommand;
import com.skincare.shop.api.coupons.CouponId;
import com.skincare.shop.api.coupons.ReleaseCouponRedemptionCommand;
import com.skincare.shop.api.ordering.OrderCancelledEvent;
import com.skincare.shop.api.ordering.OrderLine;
import com.skincare.shop.api.ordering.OrderRefundedEvent;
import com.skincare.shop.api.ordering.OrderShippedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What an order's life asks of the products and the coupon once the order has decided: a cancellation gives the
 * reserved stock and the coupon's use back, a shipment settles the reservations, a refund with restock puts the
 * units back on the shelf.
 * <p>
 * It is a tracking processor of its own ({@link OrderingAxonConfiguration}) whose errors propagate: the token moves
 * past an event only once every command for it was carried out, so a node that dies between two releases, or a
 * product that did not answer, has the event delivered again and every command sent again. That never gives
 * anything back twice, because each command is idempotent per order on its aggregate: a product releases or
 * settles only the reservation it still holds for the order and returns an order's units once, and a coupon
 * releases only a use the order still holds. Each command commits on its own through the
 * {@link CheckoutStepGateway}, so a race lost to another node is retried at once instead of failing the whole
 * event at the processor's commit. Never replayed, since it writes nothing of its own.
 */
@Component
@ProcessingGroup(OrderCompensation.GROUP)
@DisallowReplay
public class OrderCompensation {

    public static final String GROUP = "order-compensation";

    private static final Logger log = LoggerFactory.getLogger(OrderCompensation.class);

    @EventHandler
    void on(OrderCancelledEvent event, CheckoutStepGateway commands) {
        long order = event.orderId().value();
        for (OrderLine line : event.lines()) {
            send(commands, new ReleaseStockCommand(line.productId(), order));
        }
        if (event.couponId() != null) {
            send(commands, new ReleaseCouponRedemptionCommand(CouponId.of(event.couponId()), order));
        }
    }

    @EventHandler
    void on(OrderShippedEvent event, CheckoutStepGateway commands) {
        for (OrderLine line : event.lines()) {
            send(commands, new SettleStockReservationCommand(line.productId(), event.orderId().value()));
        }
    }

    @EventHandler
    void on(OrderRefundedEvent event, CheckoutStepGateway commands) {
        for (OrderLine line : event.restocked()) {
            send(commands, new ReturnStockCommand(line.productId(), event.orderId().value(), line.quantity()));
        }
    }

    /**
     * A product or coupon that no longer exists holds nothing to give back (a coupon is deleted only once no order
     * holds it); waiting for it would stop every later order's compensation.
     */
    private static void send(CheckoutStepGateway commands, Object command) {
        try {
            commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            log.warn("{}: its aggregate no longer exists; nothing to give back", command, e);
        }
    }
}
