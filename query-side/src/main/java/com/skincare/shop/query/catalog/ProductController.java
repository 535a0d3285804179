package com.skincare.shop.query.catalog;

import com.skincare.shop.query.RequestParameters;
import com.skincare.shop.api.catalog.FindProductQuery;
import com.skincare.shop.api.catalog.FindProductsQuery;
import com.skincare.shop.api.catalog.ProductSearchView;
import com.skincare.shop.api.catalog.ProductView;
import com.skincare.shop.query.QueryAnswers;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.envelope.PageResponse;
import com.skincare.shop.web.errors.NotFoundException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The shop's public product catalog: active products only, without cost prices. */
@RestController
@RequestMapping("/api/v1/products")
public class ProductController {

    private static final boolean SHOPPER_VIEW = true;

    private final QueryGateway queryGateway;

    public ProductController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping
    public ApiResponse<PageResponse<ProductView>> list(@ParameterObject ProductListParameters parameters) {
        return ApiResponse.ok("Products retrieved", products(parameters.toQuery(SHOPPER_VIEW)));
    }

    /** The list's search with its filters, and the facets of every match; {@code q} is required. */
    @GetMapping("/search")
    public ApiResponse<ProductSearchResponse> search(@ParameterObject ProductSearchParameters parameters) {
        return ApiResponse.ok("Products found", ProductSearchResponse.of(QueryAnswers.await(
                queryGateway.query(parameters.toQuery(), ResponseTypes.instanceOf(ProductSearchView.class)))));
    }

    @GetMapping("/featured")
    public ApiResponse<PageResponse<ProductView>> featured(@ParameterObject ProductListParameters parameters) {
        return ApiResponse.ok("Featured products retrieved",
                products(parameters.featuredOnly().toQuery(SHOPPER_VIEW)));
    }

    @GetMapping("/by-skin-type/{skin_type}")
    public ApiResponse<PageResponse<ProductView>> bySkinType(@PathVariable("skin_type") String skinType,
                                                            @ParameterObject ProductListParameters parameters) {
        return ApiResponse.ok("Products retrieved",
                products(parameters.withSkinType(skinType).toQuery(SHOPPER_VIEW)));
    }

    @GetMapping("/{id}")
    public ApiResponse<ProductView> one(@PathVariable("id") String id) {
        FindProductQuery query = new FindProductQuery(RequestParameters.id("id", id), SHOPPER_VIEW);
        return ApiResponse.ok("Product retrieved", QueryAnswers.await(
                        queryGateway.query(query, ResponseTypes.optionalInstanceOf(ProductView.class)))
                .orElseThrow(() -> new NotFoundException("Product not found")));
    }

    private PageResponse<ProductView> products(FindProductsQuery query) {
        return PageResponse.of(QueryAnswers.await(queryGateway.query(query, QueryAnswers.pageOf(ProductView.class))));
    }
}
