package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.SortDirection;

/**
 * Answers a {@code ResultPage<StockLevelView>} of every product, whatever its status. {@code search} is a
 * substring of the sku or of either name; {@code status} narrows to one status when given.
 */
public record FindStockLevelsQuery(String search, ProductStatus status, StockSort sort, SortDirection direction,
                                   PageRequest page) {
}
