package com.skincare.shop.query.catalog;

import com.skincare.shop.query.RequestParameters;
import com.skincare.shop.api.catalog.FindProductQuery;
import com.skincare.shop.api.catalog.FindProductsQuery;
import com.skincare.shop.api.catalog.FindRelatedProductsQuery;
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
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The shop's public product catalog: active products only, without cost prices. */
@RestController
@RequestMapping("/api/v1/products")
public class ProductController {

    private static final boolean SHOPPER_VIEW = true;
    private static final int DEFAULT_RELATED = 8;

    private final QueryGateway queryGateway;
    private final CatalogCache cache;
    private final ProductSearchRecorder searches;
    private final ProductSearch search;

    ProductController(QueryGateway queryGateway, CatalogCache cache, ProductSearchRecorder searches,
                      ProductSearch search) {
        this.queryGateway = queryGateway;
        this.cache = cache;
        this.searches = searches;
        this.search = search;
    }

    /** A page of {@code ApiResponse<PageResponse<ProductView>>}, from the cache when it holds a current one. */
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", content = @Content(
            schema = @Schema(implementation = CachedAnswerShapes.ProductPage.class)))
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> list(@ParameterObject ProductListParameters parameters, HttpServletRequest request) {
        FindProductsQuery query = parameters.toQuery(SHOPPER_VIEW);
        ResponseEntity<byte[]> answer = cache.products("list", query,
                () -> ApiResponse.ok("Products retrieved", products(query)));
        searches.record(query.filter(), answer, request);
        return answer;
    }

    /** The list's search with its filters, and the facets of every match; {@code q} is required. */
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", content = @Content(
            schema = @Schema(implementation = CachedAnswerShapes.ProductSearch.class)))
    @GetMapping(path = "/search", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> search(@ParameterObject ProductSearchParameters parameters,
                                         HttpServletRequest request) {
        return search.answer(parameters.toQuery(), request);
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", content = @Content(
            schema = @Schema(implementation = CachedAnswerShapes.ProductPage.class)))
    @GetMapping(path = "/featured", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> featured(@ParameterObject ProductListParameters parameters) {
        FindProductsQuery query = parameters.featuredOnly().toQuery(SHOPPER_VIEW);
        return cache.products("featured", query, () -> ApiResponse.ok("Featured products retrieved", products(query)));
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", content = @Content(
            schema = @Schema(implementation = CachedAnswerShapes.ProductPage.class)))
    @GetMapping(path = "/by-skin-type/{skin_type}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> bySkinType(@PathVariable("skin_type") String skinType,
                                             @ParameterObject ProductListParameters parameters) {
        FindProductsQuery query = parameters.withSkinType(skinType).toQuery(SHOPPER_VIEW);
        return cache.products("list", query, () -> ApiResponse.ok("Products retrieved", products(query)));
    }

    /** An {@code ApiResponse<ProductView>}; an unknown or hidden product is a 404, which is never cached. */
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", content = @Content(
            schema = @Schema(implementation = CachedAnswerShapes.Product.class)))
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> one(@PathVariable("id") String id) {
        FindProductQuery query = new FindProductQuery(RequestParameters.id("id", id), SHOPPER_VIEW);
        return cache.product(query.productId(), () -> ApiResponse.ok("Product retrieved", QueryAnswers.await(
                        queryGateway.query(query, ResponseTypes.optionalInstanceOf(ProductView.class)))
                .orElseThrow(() -> new NotFoundException("Product not found"))));
    }

    /** Products like this one, for "you may also like"; an unknown or hidden product is not found. */
    @GetMapping("/{id}/related")
    public ApiResponse<List<ProductView>> related(@PathVariable("id") String id,
                                                  @RequestParam(value = "limit", required = false) String limit) {
        long productId = RequestParameters.id("id", id);
        QueryAnswers.await(queryGateway.query(new FindProductQuery(productId, SHOPPER_VIEW),
                        ResponseTypes.optionalInstanceOf(ProductView.class)))
                .orElseThrow(() -> new NotFoundException("Product not found"));
        int size = RequestParameters.wholeNumber("limit", limit, 1, ProductQueryHandler.MAX_RELATED, DEFAULT_RELATED);
        return ApiResponse.ok("Related products retrieved", QueryAnswers.await(queryGateway.query(
                new FindRelatedProductsQuery(productId, size), ResponseTypes.multipleInstancesOf(ProductView.class))));
    }

    private PageResponse<ProductView> products(FindProductsQuery query) {
        return PageResponse.of(QueryAnswers.await(queryGateway.query(query, QueryAnswers.pageOf(ProductView.class))));
    }
}
