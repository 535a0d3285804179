package com.skincare.shop.query.inventory;

import com.skincare.shop.api.catalog.FindLowStockQuery;
import com.skincare.shop.query.RequestParameters;

/** The query parameters of the low-stock list: {@code threshold} (0 to 1,000,000, default 10) and the page. */
public record LowStockParameters(String threshold, String page, String limit) {

    static final int DEFAULT_THRESHOLD = 10;
    static final int MAX_THRESHOLD = 1_000_000;

    FindLowStockQuery toQuery() {
        return new FindLowStockQuery(
                RequestParameters.wholeNumber("threshold", threshold, 0, MAX_THRESHOLD, DEFAULT_THRESHOLD),
                RequestParameters.page(page, limit, InventoryQueryHandler.DEFAULT_LIMIT));
    }
}
