package com.skincare.shop.command.ordering;

import com.skincare.shop.api.catalog.ReleaseStockCommand;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.coupons.CouponId;
import com.skincare.shop.api.coupons.ReleaseCouponRedemptionCommand;
import com.skincare.shop.api.ordering.CheckoutTimedOutEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Gives back whatever a timed-out checkout may hold. It subscribes (its errors propagate), so it runs inside the
 * deadline's own unit of work: the releases are appended in the one transaction that rejects the order, or, if a
 * release fails (another node changed the product meanwhile), nothing is, and db-scheduler runs the deadline again.
 * That does not depend on any node running the checkouts. Releases of what the order does not hold record nothing.
 * <p>
 * A checkout revived after this (its node was only slow, or it comes back from the event stream) may still take
 * stock for the order; its confirmation is then refused, since the order is no longer pending, and the saga gives
 * back what it took, as for any refusal.
 */
@Component
@ProcessingGroup(CheckoutTimeouts.GROUP)
public class CheckoutTimeouts {

    public static final String GROUP = "checkout-timeouts";

    private final CommandGateway commands;

    public CheckoutTimeouts(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(CheckoutTimedOutEvent event) {
        long order = event.orderId().value();
        for (ProductId product : event.products()) {
            commands.sendAndWait(new ReleaseStockCommand(product, order));
        }
        if (event.couponId() != null) {
            commands.sendAndWait(new ReleaseCouponRedemptionCommand(CouponId.of(event.couponId()), order));
        }
    }
}
