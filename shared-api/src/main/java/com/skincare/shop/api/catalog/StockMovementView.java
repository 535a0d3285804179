package com.skincare.shop.api.catalog;

import java.time.Instant;

/**
 * One change of a product's stock: why, by how much, the stock after it, and when. {@code sequence} is the
 * position of the event in the product's own history, which orders a product's movements exactly.
 */
public record StockMovementView(
        long productId,
        long sequence,
        StockChangeReason reason,
        int delta,
        int stockAfter,
        Instant occurredAt) {
}
