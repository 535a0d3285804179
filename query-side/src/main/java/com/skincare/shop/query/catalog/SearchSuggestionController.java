package com.skincare.shop.query.catalog;

import com.skincare.shop.api.catalog.SearchSuggestionView;
import com.skincare.shop.query.QueryAnswers;
import com.skincare.shop.web.envelope.ApiResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The seed's ML service search paths, public like the catalog: product names as a shopper types, and the product
 * search with a JSON body.
 */
@RestController
@RequestMapping("/ml/v1/search")
public class SearchSuggestionController {

    private final QueryGateway queryGateway;
    private final ProductSearch search;

    SearchSuggestionController(QueryGateway queryGateway, ProductSearch search) {
        this.queryGateway = queryGateway;
        this.search = search;
    }

    /** As {@code GET /api/v1/products/search}: the same checks, answer (with facets), cache and recording. */
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", content = @Content(
            schema = @Schema(implementation = CachedAnswerShapes.ProductSearch.class)))
    @PostMapping(path = "/products", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> products(@RequestBody MlProductSearchRequest body, HttpServletRequest request) {
        return search.answer(body.toParameters().toQuery("query"), request);
    }

    @GetMapping("/suggestions")
    public ApiResponse<List<SearchSuggestionView>> suggestions(@ParameterObject SearchSuggestionParameters parameters) {
        return ApiResponse.ok("Suggestions retrieved", QueryAnswers.await(queryGateway.query(parameters.toQuery(),
                ResponseTypes.multipleInstancesOf(SearchSuggestionView.class))));
    }
}
