package com.skincare.shop.api.ordering;

import java.math.BigDecimal;

/**
 * What the order aggregate answers to an admin's or customer's change: where the order stands now, as it decided
 * it, so the caller need not wait for the read model.
 *
 * @param refundedTotal everything refunded so far
 * @param refundable    what is left to refund of the money paid, 0 while nothing is paid
 */
public record OrderStanding(long id, OrderStatus status, PaymentStatus paymentStatus,
                            FulfillmentStatus fulfillmentStatus, String trackingNumber, BigDecimal refundedTotal,
                            BigDecimal refundable) {
}
