package com.skincare.shop.api.ordering;

/**
 * The answer to {@link CheckOutCommand}: the order placed, or for a repeated idempotency key the order the first
 * request placed ({@code repeated}).
 */
public record CheckoutReceipt(OrderId orderId, boolean repeated) {
}
