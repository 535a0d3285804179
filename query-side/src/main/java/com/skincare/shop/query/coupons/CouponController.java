package com.skincare.shop.query.coupons;

import com.skincare.shop.api.coupons.AvailableCouponView;
import com.skincare.shop.api.coupons.CouponPolicy;
import com.skincare.shop.api.coupons.CouponValidationView;
import com.skincare.shop.api.coupons.FindAvailableCouponsQuery;
import com.skincare.shop.api.coupons.ValidateCouponQuery;
import com.skincare.shop.query.QueryAnswers;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.security.AuthenticatedUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

/**
 * A signed-in customer's coupons: which they may use today, and whether a code takes something off their cart.
 * Validating only reads (a query side POST, since the seed names it so): nothing is reserved until checkout
 * redeems the coupon. The day is Phnom Penh's ({@link CouponPolicy#today}).
 */
@RestController
public class CouponController {

    /** The body of {@code POST /api/v1/coupons/validate}. */
    record ValidateRequest(@NotBlank @Size(max = 50) String code) {
    }

    private final QueryGateway queryGateway;
    private final Clock clock;

    public CouponController(QueryGateway queryGateway, ObjectProvider<Clock> clock) {
        this.queryGateway = queryGateway;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/api/v1/coupons/available")
    public ApiResponse<List<AvailableCouponView>> available(@AuthenticationPrincipal AuthenticatedUser user) {
        return ApiResponse.ok("Available coupons", QueryAnswers.await(queryGateway.query(
                new FindAvailableCouponsQuery(user.userId(), CouponPolicy.today(clock)),
                ResponseTypes.multipleInstancesOf(AvailableCouponView.class))));
    }

    /** Answers 200 either way: {@code valid} false with the reason for an unknown code or a refused coupon. */
    @PostMapping("/api/v1/coupons/validate")
    public ApiResponse<CouponValidationView> validate(@AuthenticationPrincipal AuthenticatedUser user,
                                                      @Valid @RequestBody ValidateRequest request) {
        CouponValidationView answer = QueryAnswers.await(queryGateway.query(
                new ValidateCouponQuery(user.userId(), request.code(), CouponPolicy.today(clock)),
                ResponseTypes.instanceOf(CouponValidationView.class)));
        return ApiResponse.ok(answer.valid() ? "Coupon is valid" : "Coupon cannot be used", answer);
    }
}
