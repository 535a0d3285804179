package com.skincare.shop.api.ordering;

import com.skincare.shop.api.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * Places an order, pending until the checkout has its stock and coupon. Every id, the order number and the time
 * are the sender's, so the aggregate makes none.
 *
 * @param orderNumber     the readable unique number, e.g. {@code SK-20261201-000123}
 * @param billingAddress  null for the shipping address
 * @param couponCode      as the customer typed it, or null
 * @param couponId        the coupon that code names, or null without a code
 * @param firstOrder      whether the customer has no order before this one, for a first-order coupon
 */
public record PlaceOrderCommand(
        @TargetAggregateIdentifier OrderId orderId,
        String orderNumber,
        UserId userId,
        String customerName,
        String customerEmail,
        List<OrderItem> items,
        OrderAddress shippingAddress,
        OrderAddress billingAddress,
        String couponCode,
        Long couponId,
        String notes,
        OrderPricingTerms pricing,
        boolean firstOrder,
        Instant placedAt) {
}
