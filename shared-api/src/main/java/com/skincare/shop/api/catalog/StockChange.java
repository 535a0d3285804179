package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;

/**
 * The answer to a stock command: by how much the stock changed and what it is now, as the product decided it, so
 * the caller need not wait for the read model. A {@code delta} of 0 means nothing was recorded.
 */
public record StockChange(ProductId productId, int delta, int stockAfter) {
}
