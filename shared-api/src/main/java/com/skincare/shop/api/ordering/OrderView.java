package com.skincare.shop.api.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One order with its lines and addresses. {@code userId} is null once the customer's account is deleted (the
 * documented {@code ON DELETE SET NULL}); {@code createdAt} is the documented {@code DATE}. {@code refunds} are
 * the order's refunds, first first, and {@code refundedTotal} their sum.
 */
public record OrderView(
        long id,
        String orderNumber,
        Long userId,
        String customerName,
        String customerEmail,
        BigDecimal subtotal,
        BigDecimal taxAmount,
        BigDecimal shippingAmount,
        BigDecimal discountAmount,
        BigDecimal total,
        OrderStatus status,
        PaymentStatus paymentStatus,
        FulfillmentStatus fulfillmentStatus,
        OrderAddress shippingAddress,
        OrderAddress billingAddress,
        String notes,
        String trackingNumber,
        List<OrderItemView> items,
        LocalDate createdAt,
        Instant updatedAt,
        Instant shippedAt,
        Instant deliveredAt,
        BigDecimal refundedTotal,
        List<OrderRefundView> refunds) {

    public OrderView {
        items = items == null ? List.of() : List.copyOf(items);
        refunds = refunds == null ? List.of() : List.copyOf(refunds);
    }
}
