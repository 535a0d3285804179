package com.skincare.shop.query.identity;

import com.skincare.shop.api.identity.AddressView;
import com.skincare.shop.api.identity.FindAddressesQuery;
import com.skincare.shop.api.identity.FindUserQuery;
import com.skincare.shop.api.identity.UserView;
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

import java.util.List;

/**
 * The admin's reads of users: {@code /api/v1/admin/customers} (list with search and filters, one) and
 * {@code /api/v1/admin/users/{id}/addresses}. The customer's orders and reviews come with those issues.
 */
@RestController
public class CustomerController {

    private final QueryGateway queryGateway;

    public CustomerController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/v1/admin/customers")
    public ApiResponse<PageResponse<UserView>> customers(@ParameterObject CustomerListParameters parameters) {
        return ApiResponse.ok("Customers retrieved", PageResponse.of(QueryAnswers.await(
                queryGateway.query(parameters.toQuery(), QueryAnswers.pageOf(UserView.class)))));
    }

    @GetMapping("/api/v1/admin/customers/{id}")
    public ApiResponse<UserView> customer(@PathVariable("id") String id) {
        return ApiResponse.ok("Customer retrieved", user(RequestParameters.id("id", id)));
    }

    @GetMapping("/api/v1/admin/users/{id}/addresses")
    public ApiResponse<List<AddressView>> addresses(@PathVariable("id") String id) {
        long userId = RequestParameters.id("id", id);
        user(userId);
        return ApiResponse.ok("Addresses retrieved", QueryAnswers.await(queryGateway.query(
                new FindAddressesQuery(userId), ResponseTypes.multipleInstancesOf(AddressView.class))));
    }

    private UserView user(long userId) {
        return QueryAnswers.await(queryGateway.query(new FindUserQuery(userId),
                        ResponseTypes.optionalInstanceOf(UserView.class)))
                .orElseThrow(() -> new NotFoundException("Customer not found"));
    }
}
