package com.skincare.shop.command.inventory;

import com.skincare.shop.api.catalog.StockChange;

/** The answer to a stock write: the product's stock now and by how much this write changed it (0: not at all). */
public record StockResponse(long productId, int stock, int delta) {

    static StockResponse of(StockChange change) {
        return new StockResponse(change.productId().value(), change.stockAfter(), change.delta());
    }
}
