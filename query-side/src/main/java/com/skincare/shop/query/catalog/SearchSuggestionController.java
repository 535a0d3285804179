package com.skincare.shop.query.catalog;

import com.skincare.shop.api.catalog.SearchSuggestionView;
import com.skincare.shop.query.QueryAnswers;
import com.skincare.shop.web.envelope.ApiResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Product names as a shopper types, under the seed's ML service paths; public, like the catalog. */
@RestController
@RequestMapping("/ml/v1/search")
public class SearchSuggestionController {

    private final QueryGateway queryGateway;

    public SearchSuggestionController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/suggestions")
    public ApiResponse<List<SearchSuggestionView>> suggestions(@ParameterObject SearchSuggestionParameters parameters) {
        return ApiResponse.ok("Suggestions retrieved", QueryAnswers.await(queryGateway.query(parameters.toQuery(),
                ResponseTypes.multipleInstancesOf(SearchSuggestionView.class))));
    }
}
