package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.PageRequest;

/**
 * Answers a {@code ResultPage<StockLevelView>}, lowest stock first: the products whose stock is tracked and at
 * most {@code threshold}, leaving out archived ones, which are no longer sold and need no restock.
 */
public record FindLowStockQuery(int threshold, PageRequest page) {
}
