package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ResultPage;

/** One page of a product search and the facets of all its matches, whatever the page. */
public record ProductSearchView(ResultPage<ProductView> page, ProductFacetsView facets) {
}
