package com.skincare.shop.command.ordering;

import com.skincare.shop.api.cart.CartId;
import com.skincare.shop.api.cart.CheckOutCartCommand;
import com.skincare.shop.api.ordering.OrderConfirmedEvent;
import com.skincare.shop.api.ordering.OrderRejectedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * What follows the checkout's decision beyond the order itself, kept out of the {@link CheckoutSaga} so the saga
 * does one thing: a confirmed order takes the cart lines (and the cart's coupon) it checked out out of the cart; a
 * rejected one leaves the cart alone and gives back its first-order claim, so the customer's next order is their
 * first again.
 * <p>
 * Its own tracking processor, from its own token: the cart is changed after the order's decision is committed,
 * and a failure (a cart busy on another node) is tried again rather than undoing the decision. Both steps can be
 * repeated without effect, since a cart line goes only while it is the line that was checked out. The cart's
 * command commits on its own through the {@link CheckoutStepGateway}, so a race with the cart on another node is
 * retried at once rather than failing the event at the processor's commit.
 */
@Component
@ProcessingGroup(CheckoutFollowUp.GROUP)
public class CheckoutFollowUp {

    public static final String GROUP = "checkout-follow-up";

    private final CheckoutClaims claims;

    public CheckoutFollowUp(CheckoutClaims claims) {
        this.claims = claims;
    }

    @EventHandler
    public void on(OrderConfirmedEvent event, CheckoutStepGateway commands) {
        Long cartCoupon = claims.takeCartCoupon(event.orderId()).orElse(null);
        claims.takeCartLines(event.orderId()).ifPresent(cart -> commands.sendAndWait(new CheckOutCartCommand(
                CartId.of(cart.customer()), event.orderId().value(), cart.lines(), cartCoupon)));
    }

    @EventHandler
    public void on(OrderRejectedEvent event) {
        claims.takeCartLines(event.orderId());
        claims.takeCartCoupon(event.orderId());
        claims.releaseFirstOrder(event.orderId());
    }
}
