package com.skincare.shop.api.catalog;

/** Answers an optional {@link StockLevelView}: empty when there is no such product. */
public record FindStockLevelQuery(long productId) {
}
