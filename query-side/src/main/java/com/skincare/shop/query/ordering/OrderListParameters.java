package com.skincare.shop.query.ordering;

import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.SortDirection;
import com.skincare.shop.api.ordering.FindOrdersQuery;
import com.skincare.shop.api.ordering.OrderFilter;
import com.skincare.shop.api.ordering.OrderSort;
import com.skincare.shop.query.RequestParameters;

/**
 * The query parameters of the customer's own order list, bound as sent (text) and checked by {@link #toQuery}:
 * {@code page}, {@code limit} and {@code status}. Newest first, always.
 */
public record OrderListParameters(String page, String limit, String status) {

    FindOrdersQuery toQuery(long ownerId) {
        PageRequest pageRequest = RequestParameters.page(page, limit, OrderQueryHandler.DEFAULT_LIMIT);
        return new FindOrdersQuery(new OrderFilter(ownerId, OrderCodes.status(status), null, null),
                OrderSort.CREATED_AT, SortDirection.DESC, pageRequest);
    }
}
