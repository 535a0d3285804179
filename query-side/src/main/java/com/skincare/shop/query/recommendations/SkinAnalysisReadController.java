package com.skincare.shop.query.recommendations;

import com.skincare.shop.api.recommendations.FindProductsByConcernQuery;
import com.skincare.shop.api.recommendations.FindSkinAnalysisQuery;
import com.skincare.shop.api.recommendations.RecommendationsView;
import com.skincare.shop.api.recommendations.SkinAnalysisView;
import com.skincare.shop.query.QueryAnswers;
import com.skincare.shop.query.RequestParameters;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.errors.NotFoundException;
import com.skincare.shop.web.security.AuthenticatedUser;
import com.skincare.shop.web.security.ShopAccessRules;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A user's latest skin analysis with its routine and products (for that user or an admin), and products by
 * concern (public). The analyses themselves are written on the command side.
 */
@RestController
public class SkinAnalysisReadController {

    private final QueryGateway queryGateway;

    public SkinAnalysisReadController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/ml/v1/skin-analysis/recommendations/{userId}")
    public ApiResponse<SkinAnalysisView> recommendations(@AuthenticationPrincipal AuthenticatedUser caller,
                                                         @PathVariable String userId,
                                                         @RequestParam(required = false) String limit) {
        long id = RequestParameters.id("user_id", userId);
        if (caller.userId() != id && !caller.hasRole(ShopAccessRules.ADMIN_ROLE)) {
            throw new AccessDeniedException("A skin analysis is for its user only");
        }
        return ApiResponse.ok("Skin analysis retrieved", latest(id, limit));
    }

    @GetMapping("/api/v1/recommendations/skin-analysis")
    public ApiResponse<SkinAnalysisView> own(@AuthenticationPrincipal AuthenticatedUser caller,
                                             @RequestParam(required = false) String limit) {
        return ApiResponse.ok("Skin analysis retrieved", latest(caller.userId(), limit));
    }

    @GetMapping("/ml/v1/skin-analysis/products-by-concern")
    public ApiResponse<RecommendationsView> byConcern(@RequestParam(required = false) String concern,
                                                      @RequestParam(required = false) String limit) {
        String wanted = RequestParameters.text("concern", concern);
        if (wanted == null) {
            throw RequestParameters.invalid("concern", "is required");
        }
        if (wanted.length() > 50) {
            throw RequestParameters.invalid("concern", "must be at most 50 characters");
        }
        return ApiResponse.ok("Products for the concern", QueryAnswers.await(queryGateway.query(
                new FindProductsByConcernQuery(wanted, limit(limit)), RecommendationsView.class)));
    }

    private SkinAnalysisView latest(long userId, String limit) {
        return QueryAnswers.await(queryGateway.query(new FindSkinAnalysisQuery(userId, limit(limit)),
                        ResponseTypes.optionalInstanceOf(SkinAnalysisView.class)))
                .orElseThrow(() -> new NotFoundException("No skin analysis for user " + userId));
    }

    private static int limit(String raw) {
        return RequestParameters.limit("limit", raw, RecommendationController.MAX_LIMIT,
                RecommendationController.DEFAULT_LIMIT);
    }
}
