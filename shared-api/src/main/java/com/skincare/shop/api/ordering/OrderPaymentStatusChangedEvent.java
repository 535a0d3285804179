package com.skincare.shop.api.ordering;

/** The admin recorded a change of the payment, other than a refund ({@link OrderRefundedEvent}). */
public record OrderPaymentStatusChangedEvent(OrderId orderId, PaymentStatus from, PaymentStatus paymentStatus) {
}
