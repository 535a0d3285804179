package com.skincare.shop.command.cart;

import com.skincare.shop.api.cart.AddToCartCommand;
import com.skincare.shop.api.cart.ApplyCartCouponCommand;
import com.skincare.shop.api.cart.CartId;
import com.skincare.shop.api.cart.ChangeCartQuantityCommand;
import com.skincare.shop.api.cart.ClearCartCommand;
import com.skincare.shop.api.cart.RemoveCartCouponCommand;
import com.skincare.shop.api.cart.RemoveFromCartCommand;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.coupons.CouponPolicy;
import com.skincare.shop.command.Sequences;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.security.AuthenticatedUser;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/**
 * The signed-in customer's cart writes, the seed's paths. The cart with its products and totals is read on the
 * query side ({@code GET /api/v1/cart}), with what its coupon takes off.
 */
@RestController
@RequestMapping("/api/v1/cart")
public class CartController {

    private final CommandGateway commands;
    private final Sequences sequences;
    private final Clock clock;

    public CartController(CommandGateway commands, Sequences sequences, Clock clock) {
        this.commands = commands;
        this.sequences = sequences;
        this.clock = clock;
    }

    /** Answers the line's quantity after the addition, as the cart decided it. */
    @PostMapping("/add")
    public ApiResponse<Map<String, Object>> add(@AuthenticationPrincipal AuthenticatedUser user,
                                                @Valid @RequestBody AddToCartRequest request) {
        Integer quantity = commands.sendAndWait(new AddToCartCommand(cartOf(user),
                sequences.next("cart_line_id_seq"), ProductId.of(request.productId()), request.quantity()));
        return ApiResponse.ok("Added to the cart", Map.of("product_id", request.productId(), "quantity", quantity));
    }

    @PutMapping("/update/{product_id}")
    public ApiResponse<Map<String, Object>> update(@AuthenticationPrincipal AuthenticatedUser user,
                                                   @PathVariable("product_id") long productId,
                                                   @Valid @RequestBody CartQuantityRequest request) {
        commands.sendAndWait(new ChangeCartQuantityCommand(cartOf(user), ProductId.of(productId),
                request.quantity()));
        return ApiResponse.ok("Cart updated", Map.of("product_id", productId, "quantity", request.quantity()));
    }

    @DeleteMapping("/remove/{product_id}")
    public ApiResponse<Void> remove(@AuthenticationPrincipal AuthenticatedUser user,
                                    @PathVariable("product_id") long productId) {
        commands.sendAndWait(new RemoveFromCartCommand(cartOf(user), ProductId.of(productId)));
        return ApiResponse.ok("Removed from the cart", null);
    }

    @DeleteMapping("/clear")
    public ApiResponse<Void> clear(@AuthenticationPrincipal AuthenticatedUser user) {
        commands.sendAndWait(new ClearCartCommand(cartOf(user)));
        return ApiResponse.ok("Cart cleared", null);
    }

    @PostMapping("/apply-coupon")
    public ApiResponse<Map<String, Object>> applyCoupon(@AuthenticationPrincipal AuthenticatedUser user,
                                                        @Valid @RequestBody CartCouponRequest request) {
        String code = request.code().strip().toUpperCase(Locale.ROOT);
        commands.sendAndWait(new ApplyCartCouponCommand(cartOf(user), code, CouponPolicy.today(clock)));
        return ApiResponse.ok("Coupon applied", Map.of("code", code));
    }

    @DeleteMapping("/remove-coupon")
    public ApiResponse<Void> removeCoupon(@AuthenticationPrincipal AuthenticatedUser user) {
        commands.sendAndWait(new RemoveCartCouponCommand(cartOf(user)));
        return ApiResponse.ok("Coupon removed", null);
    }

    private static CartId cartOf(AuthenticatedUser user) {
        return CartId.of(UserId.of(user.userId()));
    }
}
