package com.skincare.shop.query.reviews;

import com.skincare.shop.api.catalog.FindProductQuery;
import com.skincare.shop.api.catalog.ProductView;
import com.skincare.shop.api.reviews.FindReviewQuery;
import com.skincare.shop.api.reviews.FindReviewsQuery;
import com.skincare.shop.api.reviews.ReviewFilter;
import com.skincare.shop.api.reviews.ReviewView;
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
 * The review lists: a product's public (approved) reviews for anyone, a customer's own in every status, and the
 * moderation lists for admins and moderators (the security rules on {@code /api/v1/admin/reviews/**}) and for
 * admins on {@code /api/v1/admin/customers/{id}/reviews}.
 */
@RestController
public class ReviewListController {

    private final QueryGateway queryGateway;

    public ReviewListController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** Only of a product the shopper may see: a draft's or an archived product's reviews are not found either. */
    @GetMapping("/api/v1/products/{id}/reviews")
    public ApiResponse<PageResponse<ReviewView>> ofProduct(@PathVariable("id") String id,
                                                           @ParameterObject ReviewListParameters parameters) {
        long productId = RequestParameters.id("id", id);
        QueryAnswers.await(queryGateway.query(new FindProductQuery(productId, true),
                        ResponseTypes.optionalInstanceOf(ProductView.class)))
                .orElseThrow(() -> new NotFoundException("Product not found"));
        return list("Reviews retrieved", parameters.with(ReviewFilter.publicOf(productId)));
    }

    @GetMapping("/api/v1/user/reviews")
    public ApiResponse<PageResponse<ReviewView>> own(@AuthenticationPrincipal AuthenticatedUser user,
                                                     @ParameterObject ReviewListParameters parameters) {
        return list("Your reviews", parameters.with(ReviewFilter.byAuthor(user.userId())));
    }

    @GetMapping("/api/v1/admin/reviews")
    public ApiResponse<PageResponse<ReviewView>> moderation(@ParameterObject ReviewListParameters parameters) {
        return list("Reviews retrieved", parameters.moderation());
    }

    @GetMapping("/api/v1/admin/reviews/{id}")
    public ApiResponse<ReviewView> one(@PathVariable("id") String id) {
        return ApiResponse.ok("Review retrieved", QueryAnswers.await(queryGateway.query(
                        new FindReviewQuery(RequestParameters.id("id", id)), ResponseTypes.optionalInstanceOf(ReviewView.class)))
                .orElseThrow(() -> new NotFoundException("Review not found")));
    }

    @GetMapping("/api/v1/admin/customers/{id}/reviews")
    public ApiResponse<PageResponse<ReviewView>> ofCustomer(@PathVariable("id") String id,
                                                            @ParameterObject ReviewListParameters parameters) {
        return list("Reviews retrieved", parameters.with(ReviewFilter.byAuthor(RequestParameters.id("id", id))));
    }

    private ApiResponse<PageResponse<ReviewView>> list(String message, FindReviewsQuery query) {
        return ApiResponse.ok(message, PageResponse.of(QueryAnswers.await(
                queryGateway.query(query, QueryAnswers.pageOf(ReviewView.class)))));
    }
}
