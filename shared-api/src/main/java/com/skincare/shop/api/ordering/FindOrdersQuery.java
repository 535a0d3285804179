package com.skincare.shop.api.ordering;

import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.SortDirection;

/** Answers a {@code ResultPage<OrderSummaryView>}: one page of the orders the filter lets through. */
public record FindOrdersQuery(OrderFilter filter, OrderSort sort, SortDirection direction, PageRequest page) {
}
