package com.skincare.shop.query.coupons;

import com.skincare.shop.api.coupons.CouponStatsView;
import com.skincare.shop.api.coupons.CouponUsageView;
import com.skincare.shop.api.coupons.CouponView;
import com.skincare.shop.api.coupons.FindCouponQuery;
import com.skincare.shop.api.coupons.FindCouponStatsQuery;
import com.skincare.shop.api.coupons.FindCouponUsageQuery;
import com.skincare.shop.query.PageParameters;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The admin's coupon reads (role ADMIN, the security rules on {@code /api/v1/admin/**}). */
@RestController
@RequestMapping("/api/v1/admin/coupons")
public class AdminCouponController {

    /** How many coupons the stats rank. */
    static final int TOP_COUPONS = 5;

    private final QueryGateway queryGateway;

    public AdminCouponController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping
    public ApiResponse<PageResponse<CouponView>> list(@ParameterObject CouponListParameters parameters) {
        return ApiResponse.ok("Coupons retrieved", PageResponse.of(QueryAnswers.await(
                queryGateway.query(parameters.toQuery(), QueryAnswers.pageOf(CouponView.class)))));
    }

    @GetMapping("/stats")
    public ApiResponse<CouponStatsView> stats() {
        return ApiResponse.ok("Coupon stats retrieved", QueryAnswers.await(queryGateway.query(
                new FindCouponStatsQuery(TOP_COUPONS), ResponseTypes.instanceOf(CouponStatsView.class))));
    }

    @GetMapping("/{id}")
    public ApiResponse<CouponView> one(@PathVariable("id") String id) {
        return ApiResponse.ok("Coupon retrieved", QueryAnswers.await(queryGateway.query(
                        new FindCouponQuery(RequestParameters.id("id", id)),
                        ResponseTypes.optionalInstanceOf(CouponView.class)))
                .orElseThrow(() -> new NotFoundException("Coupon not found")));
    }

    @GetMapping("/{id}/usage")
    public ApiResponse<PageResponse<CouponUsageView>> usage(@PathVariable("id") String id,
                                                            @ParameterObject PageParameters parameters) {
        FindCouponUsageQuery query = new FindCouponUsageQuery(RequestParameters.id("id", id),
                parameters.toPageRequest(CouponQueryHandler.DEFAULT_LIMIT));
        return ApiResponse.ok("Coupon usage retrieved", PageResponse.of(QueryAnswers.await(
                        queryGateway.query(query, QueryAnswers.optionalPageOf(CouponUsageView.class)))
                .orElseThrow(() -> new NotFoundException("Coupon not found"))));
    }
}
