package com.skincare.shop.api.catalog;

import java.util.List;

/**
 * How many of a search's matches each filter value would leave, most first. Each facet ignores its own filter,
 * so the other values of a chosen category or skin type stay visible with their counts. A category value is a
 * product's {@code category} or the slug of a category it is linked to, as the category filter takes it. A skin
 * type counts the products made for all skin types too, as the skin type filter does.
 */
public record ProductFacetsView(List<FacetCountView> category, List<FacetCountView> skinType) {

    public ProductFacetsView {
        category = List.copyOf(category);
        skinType = List.copyOf(skinType);
    }
}
