package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.SortDirection;

/** Answers a {@code ResultPage<ProductView>}. */
public record FindProductsQuery(ProductFilter filter, ProductSort sort, SortDirection direction, PageRequest page) {
}
