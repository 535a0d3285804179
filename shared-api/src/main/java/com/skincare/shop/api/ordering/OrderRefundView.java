package com.skincare.shop.api.ordering;

import java.math.BigDecimal;
import java.time.Instant;

/** One refund of an order, from {@code order_refunds}: its number within the order, first refund 1. */
public record OrderRefundView(int refundNumber, BigDecimal amount, String reason, boolean restocked,
                              Instant createdAt) {
}
