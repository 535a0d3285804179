package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;

/**
 * {@code stockAfter} lets a projector set the stock rather than add to it, so a redelivered event counts once.
 * {@code orderId} names the order whose reservation took ({@code ORDER}) or gave back ({@code CANCELLATION}) the
 * stock, and is null for every other change; events stored before it existed read as null.
 */
public record StockAdjustedEvent(ProductId productId, int delta, int stockAfter, StockChangeReason reason,
                                 Long orderId) implements ProductEvent {

    public StockAdjustedEvent(ProductId productId, int delta, int stockAfter, StockChangeReason reason) {
        this(productId, delta, stockAfter, reason, null);
    }
}
