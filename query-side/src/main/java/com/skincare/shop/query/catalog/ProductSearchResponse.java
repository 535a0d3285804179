package com.skincare.shop.query.catalog;

import com.skincare.shop.api.catalog.ProductFacetsView;
import com.skincare.shop.api.catalog.ProductSearchView;
import com.skincare.shop.api.catalog.ProductView;
import com.skincare.shop.web.envelope.PageResponse;

import java.util.List;

/** The documented {@code PaginationResponse} of a search, its keys unchanged, with the facets beside them. */
public record ProductSearchResponse(
        List<ProductView> data,
        int currentPage,
        int perPage,
        int totalPages,
        long totalItems,
        boolean hasNextPage,
        boolean hasPrevPage,
        ProductFacetsView facets) {

    static ProductSearchResponse of(ProductSearchView search) {
        PageResponse<ProductView> page = PageResponse.of(search.page());
        return new ProductSearchResponse(page.data(), page.currentPage(), page.perPage(), page.totalPages(),
                page.totalItems(), page.hasNextPage(), page.hasPrevPage(), search.facets());
    }
}
