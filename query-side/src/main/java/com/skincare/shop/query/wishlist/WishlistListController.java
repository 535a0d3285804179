package com.skincare.shop.query.wishlist;

import com.skincare.shop.api.wishlist.FindWishlistQuery;
import com.skincare.shop.api.wishlist.WishlistItemView;
import com.skincare.shop.query.QueryAnswers;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.security.AuthenticatedUser;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/v1/wishlist}: the signed-in customer's wishlist with its products, newest first. */
@RestController
public class WishlistListController {

    private final QueryGateway queryGateway;

    public WishlistListController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/v1/wishlist")
    public ApiResponse<List<WishlistItemView>> wishlist(@AuthenticationPrincipal AuthenticatedUser user) {
        return ApiResponse.ok("Wishlist retrieved", QueryAnswers.await(queryGateway.query(
                new FindWishlistQuery(user.userId()), ResponseTypes.multipleInstancesOf(WishlistItemView.class))));
    }
}
