package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;

/** {@code stockAfter} lets a projector set the stock rather than add to it, so a redelivered event counts once. */
public record StockAdjustedEvent(ProductId productId, int delta, int stockAfter, StockChangeReason reason)
        implements ProductEvent {
}
