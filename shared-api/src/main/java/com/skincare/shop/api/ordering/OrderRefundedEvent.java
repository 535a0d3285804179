package com.skincare.shop.api.ordering;

import java.math.BigDecimal;
import java.util.List;

/**
 * Money of the order was paid back.
 *
 * @param refundNumber  1 for the order's first refund, 2 for the next, ...
 * @param refundedTotal everything refunded so far, this refund included
 * @param restocked     the lines put back on the shelf by this refund, empty when none were
 * @param paymentStatus {@code refunded} once the whole total is back, else {@code partially_refunded}
 * @param status        {@code refunded} once the whole total is back, else unchanged
 */
public record OrderRefundedEvent(OrderId orderId, int refundNumber, BigDecimal amount, String reason,
                                 BigDecimal refundedTotal, List<OrderLine> restocked, PaymentStatus paymentStatus,
                                 OrderStatus status) {

    public OrderRefundedEvent {
        restocked = restocked == null ? List.of() : List.copyOf(restocked);
    }
}
