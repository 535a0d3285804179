package com.skincare.shop.query.identity;

import com.skincare.shop.api.identity.AddressView;
import com.skincare.shop.api.identity.FindAddressesQuery;
import com.skincare.shop.api.identity.FindUserQuery;
import com.skincare.shop.api.identity.UserView;
import com.skincare.shop.query.QueryAnswers;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.errors.NotFoundException;
import com.skincare.shop.web.security.AuthenticatedUser;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The signed-in user's own reads: {@code GET /api/v1/auth/me}, {@code GET /api/v1/admin/me} and
 * {@code GET /api/v1/user/addresses}. The user comes from the token, never from a parameter.
 */
@RestController
public class AccountController {

    private final QueryGateway queryGateway;

    public AccountController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/v1/auth/me")
    public ApiResponse<UserView> me(@AuthenticationPrincipal AuthenticatedUser user) {
        return ApiResponse.ok("Profile retrieved", find(user.userId()));
    }

    @GetMapping("/api/v1/admin/me")
    public ApiResponse<UserView> admin(@AuthenticationPrincipal AuthenticatedUser admin) {
        return ApiResponse.ok("Profile retrieved", find(admin.userId()));
    }

    @GetMapping("/api/v1/user/addresses")
    public ApiResponse<List<AddressView>> addresses(@AuthenticationPrincipal AuthenticatedUser user) {
        return ApiResponse.ok("Addresses retrieved", QueryAnswers.await(queryGateway.query(
                new FindAddressesQuery(user.userId()), ResponseTypes.multipleInstancesOf(AddressView.class))));
    }

    /** Just after registering, the read model may not have the row yet: 404 until it does. */
    private UserView find(long userId) {
        return QueryAnswers.await(queryGateway.query(new FindUserQuery(userId),
                        ResponseTypes.optionalInstanceOf(UserView.class)))
                .orElseThrow(() -> new NotFoundException("User not found"));
    }
}
