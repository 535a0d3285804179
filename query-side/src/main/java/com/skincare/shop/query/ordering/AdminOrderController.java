package com.skincare.shop.query.ordering;

import com.skincare.shop.api.ordering.FindOrderQuery;
import com.skincare.shop.api.ordering.OrderSummaryView;
import com.skincare.shop.api.ordering.OrderView;
import com.skincare.shop.query.QueryAnswers;
import com.skincare.shop.query.RequestParameters;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.envelope.PageResponse;
import com.skincare.shop.web.errors.NotFoundException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin's reads of every order: {@code /api/v1/admin/orders} (list with filters and sorts), one order with its
 * refunds, and one customer's orders for the customer view.
 */
@RestController
public class AdminOrderController {

    private final QueryGateway queryGateway;

    public AdminOrderController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/v1/admin/orders")
    public ApiResponse<PageResponse<OrderSummaryView>> orders(@ParameterObject AdminOrderListParameters parameters) {
        return ApiResponse.ok("Orders retrieved", PageResponse.of(QueryAnswers.await(
                queryGateway.query(parameters.toQuery(), QueryAnswers.pageOf(OrderSummaryView.class)))));
    }

    /** The same list, narrowed to the customer of the path; a customer without orders has an empty list. */
    @GetMapping("/api/v1/admin/customers/{id}/orders")
    public ApiResponse<PageResponse<OrderSummaryView>> ofCustomer(
            @PathVariable("id") String id, @ParameterObject AdminOrderListParameters parameters) {
        return ApiResponse.ok("Orders retrieved", PageResponse.of(QueryAnswers.await(queryGateway.query(
                parameters.toQuery(RequestParameters.id("id", id)), QueryAnswers.pageOf(OrderSummaryView.class)))));
    }

    @GetMapping("/api/v1/admin/orders/{id}")
    public ApiResponse<OrderView> order(@PathVariable("id") String id) {
        return ApiResponse.ok("Order retrieved", QueryAnswers.await(queryGateway.query(
                        new FindOrderQuery(RequestParameters.id("id", id), null),
                        ResponseTypes.optionalInstanceOf(OrderView.class)))
                .orElseThrow(() -> new NotFoundException("Order not found")));
    }
}
