package com.skincare.shop.api.ordering;

import java.math.BigDecimal;
import java.time.Instant;

/** A line of an order as it was when placed: the documented {@code order_items} snapshot. */
public record OrderItemView(long id, long productId, String productName, String productSku, int quantity,
                            BigDecimal unitPrice, BigDecimal totalPrice, Instant createdAt) {
}
