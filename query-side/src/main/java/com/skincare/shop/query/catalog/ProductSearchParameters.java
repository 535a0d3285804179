package com.skincare.shop.query.catalog;

import com.skincare.shop.api.catalog.FindProductsQuery;
import com.skincare.shop.api.catalog.FindProductsWithFacetsQuery;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The query parameters of the product search: {@code q}, required (browsing without one is the product list),
 * and every filter, sort and page parameter of the shoppers' product list.
 */
public record ProductSearchParameters(
        String q,
        String page,
        String limit,
        String sort,
        String order,
        String category,
        @BindParam("skin_type") String skinType,
        String concern,
        @BindParam("min_price") String minPrice,
        @BindParam("max_price") String maxPrice,
        @BindParam("in_stock") String inStock,
        String featured) {

    FindProductsWithFacetsQuery toQuery() {
        return toQuery("q");
    }

    /** With the name the caller gave the search text, for the refusal to name it. */
    FindProductsWithFacetsQuery toQuery(String searchField) {
        SearchInput.required(searchField, q);
        FindProductsQuery list = new ProductListParameters(page, limit, sort, order, q, category, skinType, concern,
                minPrice, maxPrice, inStock, featured, null).toQuery(true, searchField);
        return new FindProductsWithFacetsQuery(list.filter(), list.sort(), list.direction(), list.page());
    }
}
