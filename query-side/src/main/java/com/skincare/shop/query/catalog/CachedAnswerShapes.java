package com.skincare.shop.query.catalog;

import com.skincare.shop.api.catalog.CategoryView;
import com.skincare.shop.api.catalog.ProductView;
import com.skincare.shop.web.envelope.PageResponse;

/**
 * The shapes of the answers the cached catalog reads send as stored bytes, for the OpenAPI description only: a
 * controller that answers {@code byte[]} would otherwise be described as a binary body.
 */
final class CachedAnswerShapes {

    private CachedAnswerShapes() {
    }

    record ProductPage(boolean success, String message, PageResponse<ProductView> data) {
    }

    record Product(boolean success, String message, ProductView data) {
    }

    record CategoryPage(boolean success, String message, PageResponse<CategoryView> data) {
    }

    record ProductSearch(boolean success, String message, ProductSearchResponse data) {
    }
}
