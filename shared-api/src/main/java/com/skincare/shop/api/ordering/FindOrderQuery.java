package com.skincare.shop.api.ordering;

/**
 * Answers an {@code Optional<OrderView>}. With {@code ownerId} only that customer's order is found, so another
 * customer's order reads as absent; without it (the admin's read) any order is.
 */
public record FindOrderQuery(long orderId, Long ownerId) {
}
