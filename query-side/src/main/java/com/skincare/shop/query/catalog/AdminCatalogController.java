package com.skincare.shop.query.catalog;

import com.skincare.shop.query.PageParameters;
import com.skincare.shop.query.RequestParameters;
import com.skincare.shop.api.catalog.CategoryView;
import com.skincare.shop.api.catalog.FindCategoriesQuery;
import com.skincare.shop.api.catalog.FindCategoryQuery;
import com.skincare.shop.api.catalog.FindProductQuery;
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

/**
 * The catalog as admins read it: every status, inactive categories, cost prices. Access is decided by the
 * security rules on {@code /api/v1/admin/**}, not here.
 */
@RestController
@RequestMapping("/api/v1/admin")
public class AdminCatalogController {

    private static final boolean SHOPPER_VIEW = false;

    private final QueryGateway queryGateway;

    public AdminCatalogController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/products")
    public ApiResponse<PageResponse<ProductView>> products(@ParameterObject ProductListParameters parameters) {
        return ApiResponse.ok("Products retrieved", PageResponse.of(QueryAnswers.await(
                queryGateway.query(parameters.toQuery(SHOPPER_VIEW), QueryAnswers.pageOf(ProductView.class)))));
    }

    @GetMapping("/products/{id}")
    public ApiResponse<ProductView> product(@PathVariable("id") String id) {
        FindProductQuery query = new FindProductQuery(RequestParameters.id("id", id), SHOPPER_VIEW);
        return ApiResponse.ok("Product retrieved", QueryAnswers.await(
                        queryGateway.query(query, ResponseTypes.optionalInstanceOf(ProductView.class)))
                .orElseThrow(() -> new NotFoundException("Product not found")));
    }

    @GetMapping("/categories")
    public ApiResponse<PageResponse<CategoryView>> categories(@ParameterObject PageParameters parameters) {
        FindCategoriesQuery query = new FindCategoriesQuery(SHOPPER_VIEW,
                parameters.toPageRequest(CategoryQueryHandler.DEFAULT_LIMIT));
        return ApiResponse.ok("Categories retrieved", PageResponse.of(
                QueryAnswers.await(queryGateway.query(query, QueryAnswers.pageOf(CategoryView.class)))));
    }

    @GetMapping("/categories/{id}")
    public ApiResponse<CategoryView> category(@PathVariable("id") String id) {
        FindCategoryQuery query = new FindCategoryQuery(RequestParameters.id("id", id), SHOPPER_VIEW);
        return ApiResponse.ok("Category retrieved", QueryAnswers.await(
                        queryGateway.query(query, ResponseTypes.optionalInstanceOf(CategoryView.class)))
                .orElseThrow(() -> new NotFoundException("Category not found")));
    }
}
