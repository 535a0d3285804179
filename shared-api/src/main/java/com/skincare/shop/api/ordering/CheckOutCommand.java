package com.skincare.shop.api.ordering;

import com.skincare.shop.api.common.UserId;

import java.time.Instant;
import java.util.List;

/**
 * A customer's checkout as {@code POST /api/v1/orders} asks for it, before anything is looked up: the products and
 * quantities (or null for the customer's cart), the addresses, the coupon code, and the request's idempotency key.
 * Its handler takes the products' names, SKUs and prices from the catalog, the coupon from its code and the
 * customer from their account, and places the order with {@link PlaceOrderCommand}. Answers a
 * {@link CheckoutReceipt}.
 *
 * @param items          null to check out the customer's cart
 * @param idempotencyKey the {@code Idempotency-Key} header, or null
 * @param requestedAt    when the request came, which becomes the order's time
 */
public record CheckOutCommand(
        UserId userId,
        List<Item> items,
        OrderAddress shippingAddress,
        OrderAddress billingAddress,
        String couponCode,
        String notes,
        String idempotencyKey,
        Instant requestedAt) {

    public CheckOutCommand {
        items = items == null ? null : List.copyOf(items);
    }

    /** A product and how many of it; boxed, so a missing value is refused by name rather than read as 0. */
    public record Item(Long productId, Integer quantity) {
    }
}
