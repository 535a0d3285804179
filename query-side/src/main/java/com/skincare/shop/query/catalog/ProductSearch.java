package com.skincare.shop.query.catalog;

import com.skincare.shop.api.catalog.FindProductsWithFacetsQuery;
import com.skincare.shop.api.catalog.ProductSearchView;
import com.skincare.shop.query.QueryAnswers;
import com.skincare.shop.web.envelope.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The product search with its facets, answered from the cache when it holds a current answer, and recorded for
 * the search analytics. Both the shop's {@code GET /api/v1/products/search} and the ML service's
 * {@code POST /ml/v1/search/products} answer through it, so the two can never drift apart.
 */
@Component
class ProductSearch {

    private final QueryGateway queryGateway;
    private final CatalogCache cache;
    private final ProductSearchRecorder searches;

    ProductSearch(QueryGateway queryGateway, CatalogCache cache, ProductSearchRecorder searches) {
        this.queryGateway = queryGateway;
        this.cache = cache;
        this.searches = searches;
    }

    ResponseEntity<byte[]> answer(FindProductsWithFacetsQuery query, HttpServletRequest request) {
        ResponseEntity<byte[]> answer = cache.search(query, () -> ApiResponse.ok("Products found",
                ProductSearchResponse.of(QueryAnswers.await(
                        queryGateway.query(query, ResponseTypes.instanceOf(ProductSearchView.class))))));
        searches.record(query.filter(), answer, request);
        return answer;
    }
}
