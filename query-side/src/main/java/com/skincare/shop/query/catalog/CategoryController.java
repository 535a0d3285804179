package com.skincare.shop.query.catalog;

import com.skincare.shop.query.PageParameters;
import com.skincare.shop.api.catalog.CategoryView;
import com.skincare.shop.api.catalog.FindCategoriesQuery;
import com.skincare.shop.api.catalog.FindCategoryBySlugQuery;
import com.skincare.shop.api.catalog.FindProductsQuery;
import com.skincare.shop.api.catalog.ProductView;
import com.skincare.shop.query.QueryAnswers;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.envelope.PageResponse;
import com.skincare.shop.web.errors.NotFoundException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springdoc.core.annotations.ParameterObject;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The shop's public categories and the active products in each. */
@RestController
@RequestMapping("/api/v1/categories")
public class CategoryController {

    private static final boolean SHOPPER_VIEW = true;

    private final QueryGateway queryGateway;
    private final CatalogCache cache;

    public CategoryController(QueryGateway queryGateway, CatalogCache cache) {
        this.queryGateway = queryGateway;
        this.cache = cache;
    }

    /** A page of {@code ApiResponse<PageResponse<CategoryView>>}, from the cache when it holds a current one. */
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", content = @Content(
            schema = @Schema(implementation = CachedAnswerShapes.CategoryPage.class)))
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> list(@ParameterObject PageParameters parameters) {
        FindCategoriesQuery query = new FindCategoriesQuery(SHOPPER_VIEW,
                parameters.toPageRequest(CategoryQueryHandler.DEFAULT_LIMIT));
        return cache.categories(query, () -> ApiResponse.ok("Categories retrieved", PageResponse.of(
                QueryAnswers.await(queryGateway.query(query, QueryAnswers.pageOf(CategoryView.class))))));
    }

    /** An unknown or hidden category is not found, rather than an empty list that would hide a typo. */
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", content = @Content(
            schema = @Schema(implementation = CachedAnswerShapes.ProductPage.class)))
    @GetMapping(path = "/{slug}/products", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> products(@PathVariable("slug") String slug,
                                           @ParameterObject ProductListParameters parameters) {
        FindProductsQuery query = parameters.withCategory(slug).toQuery(SHOPPER_VIEW);
        return cache.products("category", query, () -> {
            QueryAnswers.await(queryGateway.query(new FindCategoryBySlugQuery(slug, SHOPPER_VIEW),
                            ResponseTypes.optionalInstanceOf(CategoryView.class)))
                    .orElseThrow(() -> new NotFoundException("Category not found"));
            return ApiResponse.ok("Products retrieved", PageResponse.of(QueryAnswers.await(
                    queryGateway.query(query, QueryAnswers.pageOf(ProductView.class)))));
        });
    }
}
