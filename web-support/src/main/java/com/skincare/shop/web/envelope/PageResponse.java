package com.skincare.shop.web.envelope;

import com.skincare.shop.api.common.ResultPage;

import java.util.List;

/** The documented {@code PaginationResponse}, the {@code data} of every list answer. */
public record PageResponse<T>(
        List<T> data,
        int currentPage,
        int perPage,
        int totalPages,
        long totalItems,
        boolean hasNextPage,
        boolean hasPrevPage) {

    public static <T> PageResponse<T> of(ResultPage<T> page) {
        return new PageResponse<>(page.items(), page.page(), page.perPage(), page.totalPages(), page.totalItems(),
                page.hasNextPage(), page.hasPrevPage());
    }
}
