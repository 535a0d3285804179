package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.SortDirection;

/**
 * The product search: the page {@link FindProductsQuery} answers, with the facets of every match. Answers a
 * {@link ProductSearchView}.
 */
public record FindProductsWithFacetsQuery(ProductFilter filter, ProductSort sort, SortDirection direction,
                                          PageRequest page) {

    public FindProductsQuery pageQuery() {
        return new FindProductsQuery(filter, sort, direction, page);
    }
}
