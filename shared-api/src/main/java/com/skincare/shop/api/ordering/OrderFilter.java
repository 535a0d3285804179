package com.skincare.shop.api.ordering;

/**
 * What a list of orders is narrowed to; a null value does not narrow. {@code userId} is the owner (the customer's
 * own list always has it); {@code search} is a case-insensitive substring of the order number or the email.
 */
public record OrderFilter(Long userId, OrderStatus status, PaymentStatus paymentStatus, String search) {

    public static OrderFilter none() {
        return new OrderFilter(null, null, null, null);
    }
}
