package com.skincare.shop.api.ordering;

import com.skincare.shop.api.common.ProductId;

import java.time.Instant;
import java.util.List;

/**
 * The order's checkout was still undecided at its deadline: whatever it may hold, stock of each of its products and a
 * use of its coupon, is to be given back. An {@link OrderRejectedEvent} with {@code CHECKOUT_TIMED_OUT} follows it.
 *
 * @param couponId the order's coupon, or null
 * @param deadline when the checkout had to be decided: the order's time plus the checkout timeout
 */
public record CheckoutTimedOutEvent(OrderId orderId, List<ProductId> products, Long couponId, Instant deadline) {
}
