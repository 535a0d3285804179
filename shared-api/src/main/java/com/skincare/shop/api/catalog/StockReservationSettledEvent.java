package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;

/** An order's reservation is closed without a change of stock: the order shipped. */
public record StockReservationSettledEvent(ProductId productId, long orderId, int quantity) {
}
