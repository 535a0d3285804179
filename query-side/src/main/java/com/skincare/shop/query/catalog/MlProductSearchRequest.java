package com.skincare.shop.query.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

/**
 * The ML service's product search as a JSON body: the text, its filters, and the page. Every value goes through the
 * same checks as {@code GET /api/v1/products/search}, so both paths refuse and answer alike.
 */
public record MlProductSearchRequest(
        String query,
        Filters filters,
        Integer page,
        Integer limit,
        String sort,
        String order) {

    public record Filters(
            String category,
            @JsonProperty("skin_type") String skinType,
            String concern,
            @JsonProperty("min_price") BigDecimal minPrice,
            @JsonProperty("max_price") BigDecimal maxPrice,
            @JsonProperty("in_stock") Boolean inStock) {
    }

    ProductSearchParameters toParameters() {
        Filters given = filters == null ? new Filters(null, null, null, null, null, null) : filters;
        return new ProductSearchParameters(query, text(page), text(limit), sort, order, given.category(),
                given.skinType(), given.concern(), text(given.minPrice() == null ? null
                : given.minPrice().toPlainString()), text(given.maxPrice() == null ? null
                : given.maxPrice().toPlainString()), text(given.inStock()), null);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
