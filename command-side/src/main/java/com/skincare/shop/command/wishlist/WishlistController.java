package com.skincare.shop.command.wishlist;

import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.wishlist.AddToWishlistCommand;
import com.skincare.shop.api.wishlist.ClearWishlistCommand;
import com.skincare.shop.api.wishlist.RemoveFromWishlistCommand;
import com.skincare.shop.api.wishlist.WishlistId;
import com.skincare.shop.command.Sequences;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.security.AuthenticatedUser;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * The signed-in customer's wishlist writes, the seed's paths. The list with its products is read on the query
 * side ({@code GET /api/v1/wishlist}).
 */
@RestController
@RequestMapping("/api/v1/wishlist")
public class WishlistController {

    private final CommandGateway commands;
    private final Sequences sequences;

    public WishlistController(CommandGateway commands, Sequences sequences) {
        this.commands = commands;
        this.sequences = sequences;
    }

    @PostMapping("/add/{productId}")
    public ApiResponse<Map<String, Long>> add(@AuthenticationPrincipal AuthenticatedUser user,
                                              @PathVariable long productId) {
        commands.sendAndWait(new AddToWishlistCommand(wishlistOf(user), sequences.next("wishlist_item_id_seq"),
                ProductId.of(productId)));
        return ApiResponse.ok("On the wishlist", Map.of("product_id", productId));
    }

    @DeleteMapping("/remove/{productId}")
    public ApiResponse<Void> remove(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long productId) {
        commands.sendAndWait(new RemoveFromWishlistCommand(wishlistOf(user), ProductId.of(productId)));
        return ApiResponse.ok("Off the wishlist", null);
    }

    @DeleteMapping("/clear")
    public ApiResponse<Void> clear(@AuthenticationPrincipal AuthenticatedUser user) {
        commands.sendAndWait(new ClearWishlistCommand(wishlistOf(user)));
        return ApiResponse.ok("Wishlist cleared", null);
    }

    private static WishlistId wishlistOf(AuthenticatedUser user) {
        return WishlistId.of(UserId.of(user.userId()));
    }
}
