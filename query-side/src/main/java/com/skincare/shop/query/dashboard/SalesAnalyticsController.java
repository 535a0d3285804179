package com.skincare.shop.query.dashboard;

import com.skincare.shop.api.dashboard.CustomerReportView;
import com.skincare.shop.api.dashboard.FindCustomerReportQuery;
import com.skincare.shop.api.dashboard.FindProductReportQuery;
import com.skincare.shop.api.dashboard.FindRevenueReportQuery;
import com.skincare.shop.api.dashboard.FindSalesReportQuery;
import com.skincare.shop.api.dashboard.FindTopProductsQuery;
import com.skincare.shop.api.dashboard.ProductRanking;
import com.skincare.shop.api.dashboard.ProductReportView;
import com.skincare.shop.api.dashboard.RevenueReportView;
import com.skincare.shop.api.dashboard.SalesReportView;
import com.skincare.shop.api.dashboard.TopProductView;
import com.skincare.shop.query.QueryAnswers;
import com.skincare.shop.web.envelope.ApiResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

/**
 * The admin's sales analytics: seed 000's {@code sales}, {@code customers} and {@code products}, and seed 004's
 * {@code sales}, {@code revenue} and {@code popular-products}; {@code sales} is the one both seeds name.
 */
@RestController
public class SalesAnalyticsController {

    private final QueryGateway queryGateway;
    private final Clock clock;

    public SalesAnalyticsController(QueryGateway queryGateway, ObjectProvider<Clock> clock) {
        this.queryGateway = queryGateway;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/api/v1/admin/analytics/sales")
    public ApiResponse<SalesReportView> sales(@ParameterObject ReportParameters parameters) {
        return ApiResponse.ok("Sales retrieved", QueryAnswers.await(queryGateway.query(
                new FindSalesReportQuery(parameters.range(clock), parameters.granularityOrDay()),
                ResponseTypes.instanceOf(SalesReportView.class))));
    }

    @GetMapping("/api/v1/admin/analytics/revenue")
    public ApiResponse<RevenueReportView> revenue(@ParameterObject ReportParameters parameters) {
        return ApiResponse.ok("Revenue retrieved", QueryAnswers.await(queryGateway.query(
                new FindRevenueReportQuery(parameters.range(clock), parameters.granularityOrDay()),
                ResponseTypes.instanceOf(RevenueReportView.class))));
    }

    /** {@code limit} is how many of the best customers to list. */
    @GetMapping("/api/v1/admin/analytics/customers")
    public ApiResponse<CustomerReportView> customers(@ParameterObject ReportParameters parameters) {
        return ApiResponse.ok("Customer analytics retrieved", QueryAnswers.await(queryGateway.query(
                new FindCustomerReportQuery(parameters.range(clock), parameters.granularityOrDay(),
                        parameters.limitOrDefault()), ResponseTypes.instanceOf(CustomerReportView.class))));
    }

    @GetMapping("/api/v1/admin/analytics/products")
    public ApiResponse<ProductReportView> products(@ParameterObject ReportParameters parameters) {
        return ApiResponse.ok("Product analytics retrieved", QueryAnswers.await(queryGateway.query(
                new FindProductReportQuery(parameters.range(clock), parameters.limitOrDefault()),
                ResponseTypes.instanceOf(ProductReportView.class))));
    }

    /** By the units sold. */
    @GetMapping("/api/v1/admin/analytics/popular-products")
    public ApiResponse<List<TopProductView>> popularProducts(@ParameterObject ReportParameters parameters) {
        return ApiResponse.ok("Popular products retrieved", QueryAnswers.await(queryGateway.query(
                new FindTopProductsQuery(parameters.range(clock), ProductRanking.UNITS, parameters.limitOrDefault()),
                ResponseTypes.multipleInstancesOf(TopProductView.class))));
    }
}
