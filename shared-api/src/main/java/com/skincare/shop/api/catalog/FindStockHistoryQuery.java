package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.PageRequest;

/** Answers an optional {@code ResultPage<StockMovementView>}, newest first: empty when there is no such product. */
public record FindStockHistoryQuery(long productId, PageRequest page) {
}
