package com.skincare.shop.query.dashboard;

import com.skincare.shop.api.dashboard.DashboardStatsView;
import com.skincare.shop.api.dashboard.FindRecentOrdersQuery;
import com.skincare.shop.api.dashboard.FindTopProductsQuery;
import com.skincare.shop.api.dashboard.ProductRanking;
import com.skincare.shop.api.dashboard.RecentOrderView;
import com.skincare.shop.api.dashboard.TopProductView;
import com.skincare.shop.query.QueryAnswers;
import com.skincare.shop.web.envelope.ApiResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

/** The admin dashboard (seed 000): its figures, the newest orders, the best-selling products. */
@RestController
public class DashboardController {

    private final QueryGateway queryGateway;
    private final Clock clock;

    public DashboardController(QueryGateway queryGateway, ObjectProvider<Clock> clock) {
        this.queryGateway = queryGateway;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/api/v1/admin/dashboard/stats")
    public ApiResponse<DashboardStatsView> stats(@ParameterObject StatsParameters parameters) {
        return ApiResponse.ok("Dashboard stats retrieved", QueryAnswers.await(queryGateway.query(
                parameters.toQuery(clock), ResponseTypes.instanceOf(DashboardStatsView.class))));
    }

    @GetMapping("/api/v1/admin/dashboard/recent-orders")
    public ApiResponse<List<RecentOrderView>> recentOrders(@RequestParam(name = "limit", required = false) String limit) {
        return ApiResponse.ok("Recent orders retrieved", QueryAnswers.await(queryGateway.query(
                new FindRecentOrdersQuery(ReportInput.limit(limit)),
                ResponseTypes.multipleInstancesOf(RecentOrderView.class))));
    }

    /** By the revenue of their lines. */
    @GetMapping("/api/v1/admin/dashboard/top-products")
    public ApiResponse<List<TopProductView>> topProducts(@ParameterObject ReportParameters parameters) {
        return ApiResponse.ok("Top products retrieved", QueryAnswers.await(queryGateway.query(
                new FindTopProductsQuery(parameters.range(clock), ProductRanking.REVENUE,
                        parameters.limitOrDefault()), ResponseTypes.multipleInstancesOf(TopProductView.class))));
    }
}
