package com.skincare.shop.query.inventory;

import com.skincare.shop.api.catalog.FindStockLevelsQuery;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.catalog.StockSort;
import com.skincare.shop.query.RequestParameters;

/**
 * The query parameters of the inventory list, bound as sent (text) and checked by {@link #toQuery}, so a bad value
 * answers 400 naming the parameter. {@code sort} is one of {@code name} (the default), {@code sku},
 * {@code stock} and {@code updated_at} (newest first unless {@code order} says otherwise).
 */
public record InventoryListParameters(
        String page,
        String limit,
        String sort,
        String order,
        String search,
        String status) {

    FindStockLevelsQuery toQuery() {
        StockSort stockSort = RequestParameters.code("sort", sort, StockSort::fromCode, StockSort.values(),
                StockSort::code);
        StockSort sorted = stockSort == null ? StockSort.NAME : stockSort;
        return new FindStockLevelsQuery(
                RequestParameters.text("search", search),
                RequestParameters.code("status", status, ProductStatus::fromCode, ProductStatus.values(),
                        ProductStatus::code),
                sorted,
                RequestParameters.direction(order, InventoryQueryHandler.defaultDirection(sorted)),
                RequestParameters.page(page, limit, InventoryQueryHandler.DEFAULT_LIMIT));
    }
}
