package com.skincare.shop.query.ordering;

import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.SortDirection;
import com.skincare.shop.api.ordering.FindOrdersQuery;
import com.skincare.shop.api.ordering.OrderFilter;
import com.skincare.shop.api.ordering.OrderSort;
import com.skincare.shop.query.RequestParameters;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The query parameters of the admin's order list, bound as sent (text) and checked by {@link #toQuery}, so a bad
 * value answers 400 naming the parameter. {@code search} matches the order number or the customer's email;
 * {@code sort} is one of {@code created_at} (the default, newest first), {@code updated_at}, {@code total},
 * {@code order_number} (A to Z unless asked otherwise).
 */
public record AdminOrderListParameters(
        String page,
        String limit,
        String sort,
        String order,
        String search,
        String status,
        @BindParam("payment_status") String paymentStatus,
        @BindParam("user_id") String userId) {

    FindOrdersQuery toQuery() {
        return toQuery(RequestParameters.given(userId) ? RequestParameters.id("user_id", userId.strip()) : null);
    }

    /** One customer's orders, as the admin's customer view lists them; {@code user_id} is the path's. */
    FindOrdersQuery toQuery(Long ownerId) {
        PageRequest pageRequest = RequestParameters.page(page, limit, OrderQueryHandler.DEFAULT_LIMIT);
        OrderSort orderSort = RequestParameters.code("sort", sort, OrderSort::fromCode, OrderSort.values(),
                OrderSort::code);
        OrderFilter filter = new OrderFilter(
                ownerId,
                OrderCodes.status(status),
                OrderCodes.paymentStatus(paymentStatus),
                RequestParameters.text("search", search));
        return new FindOrdersQuery(filter, orderSort == null ? OrderSort.CREATED_AT : orderSort,
                RequestParameters.direction(order, orderSort == OrderSort.ORDER_NUMBER
                        ? SortDirection.ASC : SortDirection.DESC), pageRequest);
    }
}
