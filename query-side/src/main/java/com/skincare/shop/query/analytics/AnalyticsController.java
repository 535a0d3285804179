package com.skincare.shop.query.analytics;

import com.skincare.shop.api.analytics.FindPerformanceMetricsQuery;
import com.skincare.shop.api.analytics.FindProductStatsQuery;
import com.skincare.shop.api.analytics.FindSearchQueriesQuery;
import com.skincare.shop.api.analytics.FindSearchTrendsQuery;
import com.skincare.shop.api.analytics.FindUserInsightsQuery;
import com.skincare.shop.api.analytics.PerformanceMetricsView;
import com.skincare.shop.api.analytics.ProductStatsView;
import com.skincare.shop.api.analytics.SearchQueryRanking;
import com.skincare.shop.api.analytics.SearchQueryStatView;
import com.skincare.shop.api.analytics.SearchTrendsView;
import com.skincare.shop.api.analytics.UserInsightsView;
import com.skincare.shop.query.QueryAnswers;
import com.skincare.shop.query.RequestParameters;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.security.AuthenticatedUser;
import com.skincare.shop.web.security.ShopAccessRules;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

/**
 * The ML service's analytics reads, from the Mongo collections. Who may read what is in
 * {@link ShopAccessRules}; a user's insights are also open to that user, which is checked here.
 */
@RestController
public class AnalyticsController {

    private final QueryGateway queryGateway;
    private final Clock clock;

    public AnalyticsController(QueryGateway queryGateway, ObjectProvider<Clock> clock) {
        this.queryGateway = queryGateway;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/ml/v1/analytics/user/{user_id}/insights")
    public ApiResponse<UserInsightsView> userInsights(@AuthenticationPrincipal AuthenticatedUser user,
                                                      @PathVariable("user_id") String userId) {
        long id = RequestParameters.id("user_id", userId);
        if (!user.hasRole(ShopAccessRules.ADMIN_ROLE) && user.userId() != id) {
            throw new AccessDeniedException("Only the user and admins see a user's insights");
        }
        return ApiResponse.ok("User insights retrieved", QueryAnswers.await(queryGateway.query(
                new FindUserInsightsQuery(id), ResponseTypes.instanceOf(UserInsightsView.class))));
    }

    @GetMapping("/ml/v1/analytics/product/{product_id}/stats")
    public ApiResponse<ProductStatsView> productStats(@PathVariable("product_id") String productId) {
        return ApiResponse.ok("Product stats retrieved", QueryAnswers.await(queryGateway.query(
                new FindProductStatsQuery(RequestParameters.id("product_id", productId)),
                ResponseTypes.instanceOf(ProductStatsView.class))));
    }

    @GetMapping("/ml/v1/analytics/search-trends")
    public ApiResponse<SearchTrendsView> searchTrends(@RequestParam(value = "from", required = false) String from,
                                                      @RequestParam(value = "to", required = false) String to,
                                                      @RequestParam(value = "limit", required = false) String limit) {
        FindSearchTrendsQuery query = new FindSearchTrendsQuery(AnalyticsParameters.period(from, to, clock),
                AnalyticsParameters.limit(limit));
        return ApiResponse.ok("Search trends retrieved", QueryAnswers.await(queryGateway.query(query,
                ResponseTypes.instanceOf(SearchTrendsView.class))));
    }

    @GetMapping("/ml/v1/analytics/performance-metrics")
    public ApiResponse<List<PerformanceMetricsView>> performanceMetrics(
            @RequestParam(value = "from", required = false) String from,
            @RequestParam(value = "to", required = false) String to) {
        return ApiResponse.ok("Performance metrics retrieved", QueryAnswers.await(queryGateway.query(
                new FindPerformanceMetricsQuery(AnalyticsParameters.period(from, to, clock)),
                ResponseTypes.multipleInstancesOf(PerformanceMetricsView.class))));
    }

    /** Public: a storefront shows what others search for. */
    @GetMapping("/ml/v1/search/trending-queries")
    public ApiResponse<List<SearchQueryStatView>> trendingQueries(
            @RequestParam(value = "days", required = false) String days,
            @RequestParam(value = "limit", required = false) String limit) {
        return queries("Trending queries retrieved", new FindSearchQueriesQuery(
                AnalyticsParameters.lastDays(days, clock), SearchQueryRanking.MOST_SEARCHED,
                AnalyticsParameters.limit(limit)));
    }

    @GetMapping("/ml/v1/search/no-results")
    public ApiResponse<List<SearchQueryStatView>> noResults(@RequestParam(value = "from", required = false) String from,
                                                            @RequestParam(value = "to", required = false) String to,
                                                            @RequestParam(value = "limit", required = false) String limit) {
        return queries("Queries without results retrieved", new FindSearchQueriesQuery(
                AnalyticsParameters.period(from, to, clock), SearchQueryRanking.ZERO_RESULTS,
                AnalyticsParameters.limit(limit)));
    }

    @GetMapping("/ml/v1/search/click-through")
    public ApiResponse<List<SearchQueryStatView>> clickThrough(@RequestParam(value = "from", required = false) String from,
                                                               @RequestParam(value = "to", required = false) String to,
                                                               @RequestParam(value = "limit", required = false) String limit) {
        return queries("Click-through retrieved", new FindSearchQueriesQuery(
                AnalyticsParameters.period(from, to, clock), SearchQueryRanking.CLICK_THROUGH,
                AnalyticsParameters.limit(limit)));
    }

    private ApiResponse<List<SearchQueryStatView>> queries(String message, FindSearchQueriesQuery query) {
        return ApiResponse.ok(message, QueryAnswers.await(queryGateway.query(query,
                ResponseTypes.multipleInstancesOf(SearchQueryStatView.class))));
    }
}
