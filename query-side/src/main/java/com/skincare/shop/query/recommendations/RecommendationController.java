package com.skincare.shop.query.recommendations;

import com.skincare.shop.api.recommendations.FindPopularProductsQuery;
import com.skincare.shop.api.recommendations.FindSimilarProductsQuery;
import com.skincare.shop.api.recommendations.FindSkinBasedProductsQuery;
import com.skincare.shop.api.recommendations.FindTrendingProductsQuery;
import com.skincare.shop.api.recommendations.FindUserRecommendationsQuery;
import com.skincare.shop.api.recommendations.RecommendationsView;
import com.skincare.shop.query.QueryAnswers;
import com.skincare.shop.query.RequestParameters;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.errors.NotFoundException;
import com.skincare.shop.web.security.AuthenticatedUser;
import com.skincare.shop.web.security.ShopAccessRules;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;

/**
 * The seed's ML service recommendation paths and the shop's own. Popular, trending, similar and skin-based lists
 * are public; a user's recommendations are for that user or an admin (403 for anyone else, whether or not the
 * user exists; 404 for an admin asking after no one).
 */
@RestController
public class RecommendationController {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;
    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 365;

    private final QueryGateway queryGateway;

    public RecommendationController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/ml/v1/recommendations/user/{userId}")
    public ApiResponse<RecommendationsView> user(@AuthenticationPrincipal AuthenticatedUser caller,
                                                 @PathVariable String userId) {
        return ApiResponse.ok("Recommendations retrieved", forUser(caller, userId, false));
    }

    @PostMapping("/ml/v1/recommendations/user/{userId}/generate")
    public ApiResponse<RecommendationsView> generate(@AuthenticationPrincipal AuthenticatedUser caller,
                                                     @PathVariable String userId) {
        return ApiResponse.ok("Recommendations generated", forUser(caller, userId, true));
    }

    @GetMapping("/ml/v1/recommendations/product/{productId}/similar")
    public ApiResponse<RecommendationsView> similar(@PathVariable String productId,
                                                    @RequestParam(required = false) String limit) {
        FindSimilarProductsQuery query = new FindSimilarProductsQuery(RequestParameters.id("product_id", productId),
                limit(limit));
        return ApiResponse.ok("Similar products", QueryAnswers.await(queryGateway.query(query,
                        ResponseTypes.optionalInstanceOf(RecommendationsView.class)))
                .orElseThrow(() -> new NotFoundException("No product on sale has id " + query.productId())));
    }

    @GetMapping("/ml/v1/recommendations/popular")
    public ApiResponse<RecommendationsView> popular(@RequestParam(required = false) String limit,
                                                    @RequestParam(required = false) String days) {
        return ApiResponse.ok("Popular products", popularView(limit(limit),
                RequestParameters.wholeNumber("days", days, 1, MAX_DAYS, DEFAULT_DAYS)));
    }

    @GetMapping("/ml/v1/recommendations/trending")
    public ApiResponse<RecommendationsView> trending(@RequestParam(required = false) String limit) {
        return ApiResponse.ok("Trending products", QueryAnswers.await(queryGateway.query(
                new FindTrendingProductsQuery(limit(limit)), RecommendationsView.class)));
    }

    @PostMapping("/ml/v1/recommendations/skin-based")
    public ApiResponse<RecommendationsView> skinBased(@Valid @RequestBody SkinProfileRequest request,
                                                      @RequestParam(required = false) String limit) {
        return ApiResponse.ok("Products for the skin profile", QueryAnswers.await(queryGateway.query(
                new FindSkinBasedProductsQuery(request.toProfile(), limit(limit)), RecommendationsView.class)));
    }

    /**
     * The caller's own recommendations; an anonymous shopper gets the popular products. The caller comes as a
     * plain {@link Principal} (null when anonymous), since {@code @AuthenticationPrincipal} marks endpoints that
     * are for signed-in callers only.
     */
    @GetMapping("/api/v1/recommendations/products")
    public ApiResponse<RecommendationsView> products(Principal principal) {
        if (principal instanceof Authentication authentication
                && authentication.getPrincipal() instanceof AuthenticatedUser caller) {
            return ApiResponse.ok("Recommendations retrieved", forUser(caller, caller.subject(), false));
        }
        return ApiResponse.ok("Popular products", popularView(DEFAULT_LIMIT, DEFAULT_DAYS));
    }

    private RecommendationsView forUser(AuthenticatedUser caller, String rawUserId, boolean regenerate) {
        long userId = RequestParameters.id("user_id", rawUserId);
        if (caller.userId() != userId && !caller.hasRole(ShopAccessRules.ADMIN_ROLE)) {
            throw new AccessDeniedException("Recommendations are for their user only");
        }
        return QueryAnswers.await(queryGateway.query(new FindUserRecommendationsQuery(userId, regenerate),
                        ResponseTypes.optionalInstanceOf(RecommendationsView.class)))
                .orElseThrow(() -> new NotFoundException("No user has id " + userId));
    }

    private RecommendationsView popularView(int limit, int days) {
        return QueryAnswers.await(queryGateway.query(new FindPopularProductsQuery(limit, days),
                RecommendationsView.class));
    }

    private static int limit(String raw) {
        return RequestParameters.limit("limit", raw, MAX_LIMIT, DEFAULT_LIMIT);
    }
}
