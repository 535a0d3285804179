package com.skincare.shop.api.ordering;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Pays money of an order back.
 *
 * @param amount  more than 0 and at most what is left to refund; null for all that is left
 * @param restock whether the order's items came back to the shelf (once per order, only after it shipped)
 */
public record RefundOrderCommand(@TargetAggregateIdentifier OrderId orderId, BigDecimal amount, String reason,
                                 boolean restock) {
}
