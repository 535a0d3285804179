package com.skincare.shop.query.cart;

import com.skincare.shop.api.cart.CartView;
import com.skincare.shop.api.cart.FindCartQuery;
import com.skincare.shop.query.QueryAnswers;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.security.AuthenticatedUser;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/cart}: the signed-in customer's cart with its products and what it costs now. */
@RestController
public class CartReadController {

    private final QueryGateway queryGateway;

    public CartReadController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/v1/cart")
    public ApiResponse<CartView> cart(@AuthenticationPrincipal AuthenticatedUser user) {
        return ApiResponse.ok("Cart retrieved", QueryAnswers.await(queryGateway.query(
                new FindCartQuery(user.userId()), ResponseTypes.instanceOf(CartView.class))));
    }
}
