package com.skincare.shop.command.ordering;

import com.skincare.shop.api.ordering.OrderConfirmedEvent;
import com.skincare.shop.api.ordering.OrderPlacedEvent;
import com.skincare.shop.api.ordering.OrderRejectedEvent;

/**
 * An order as its own events tell it: how it was placed, and the checkout's decision if there is one yet (at
 * most one of {@code confirmed} and {@code rejected}).
 */
public record OrderOutcome(OrderPlacedEvent placed, OrderConfirmedEvent confirmed, OrderRejectedEvent rejected) {

    public boolean decided() {
        return confirmed != null || rejected != null;
    }
}
