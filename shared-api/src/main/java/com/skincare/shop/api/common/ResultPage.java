package com.skincare.shop.api.common;

import java.util.List;

/**
 * One page of a query's answer: the items and what is needed to page further.
 * {@code page} counts from 1.
 */
public record ResultPage<T>(List<T> items, int page, int perPage, long totalItems) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return perPage == 0 ? 0 : (int) ((totalItems + perPage - 1) / perPage);
    }

    public boolean hasNextPage() {
        return page < totalPages();
    }

    public boolean hasPrevPage() {
        return page > 1;
    }
}
