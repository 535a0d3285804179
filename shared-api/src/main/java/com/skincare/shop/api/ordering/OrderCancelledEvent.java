package com.skincare.shop.api.ordering;

import com.skincare.shop.api.common.UserId;

import java.util.List;

/**
 * The order is {@code cancelled} before it shipped. It names what it holds so the compensation can give it back
 * without loading the order: the stock reserved on each of its products and the use of its coupon.
 *
 * @param userId   the owner
 * @param byCustomer whether the owner cancelled it (else an admin, or a full refund before shipping)
 * @param couponId the coupon whose use the order holds, or null
 */
public record OrderCancelledEvent(OrderId orderId, UserId userId, String reason, boolean byCustomer,
                                  List<OrderLine> lines, Long couponId, OrderStatus status) {

    public OrderCancelledEvent {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
