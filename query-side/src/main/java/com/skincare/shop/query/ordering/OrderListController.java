package com.skincare.shop.query.ordering;

import com.skincare.shop.api.ordering.FindOrderQuery;
import com.skincare.shop.api.ordering.OrderSummaryView;
import com.skincare.shop.api.ordering.OrderView;
import com.skincare.shop.query.QueryAnswers;
import com.skincare.shop.query.RequestParameters;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.envelope.PageResponse;
import com.skincare.shop.web.errors.NotFoundException;
import com.skincare.shop.web.security.AuthenticatedUser;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in customer's reads of their own orders. Another customer's order is not found rather than
 * forbidden, so an order id tells nobody else that it exists.
 */
@RestController
public class OrderListController {

    private final QueryGateway queryGateway;

    public OrderListController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/v1/orders")
    public ApiResponse<PageResponse<OrderSummaryView>> orders(@AuthenticationPrincipal AuthenticatedUser user,
                                                              @ParameterObject OrderListParameters parameters) {
        return ApiResponse.ok("Orders retrieved", PageResponse.of(QueryAnswers.await(queryGateway.query(
                parameters.toQuery(user.userId()), QueryAnswers.pageOf(OrderSummaryView.class)))));
    }

    @GetMapping("/api/v1/orders/{id}")
    public ApiResponse<OrderView> order(@AuthenticationPrincipal AuthenticatedUser user,
                                        @PathVariable("id") String id) {
        return ApiResponse.ok("Order retrieved", QueryAnswers.await(queryGateway.query(
                        new FindOrderQuery(RequestParameters.id("id", id), user.userId()),
                        ResponseTypes.optionalInstanceOf(OrderView.class)))
                .orElseThrow(() -> new NotFoundException("Order not found")));
    }
}
