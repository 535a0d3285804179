package com.skincare.shop.api.ordering;

/**
 * The checkout could not have the order's stock or coupon: the order is {@code cancelled}, payment {@code failed},
 * and nothing of it is held any more.
 */
public record OrderRejectedEvent(OrderId orderId, String reasonCode, String message, OrderStatus status,
                                 PaymentStatus paymentStatus) {
}
