package com.skincare.shop.command.ordering;

import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.ordering.CancelOrderCommand;
import com.skincare.shop.api.ordering.OrderId;
import com.skincare.shop.api.ordering.OrderStanding;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.security.AuthenticatedUser;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer cancels their own order before it ships. The owner is the token's user; the order decides, and
 * another customer's order answers 404 as if it did not exist. The answer comes once the order is cancelled;
 * its stock and coupon use come back right after, through {@link OrderCompensation}.
 */
@RestController
public class OrderCancellationController {

    private final CommandGateway commands;

    public OrderCancellationController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/v1/orders/{id}/cancel")
    public ApiResponse<OrderStanding> cancel(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id,
                                             @Valid @RequestBody(required = false) OrderRequests.Cancel request) {
        OrderStanding standing = commands.sendAndWait(new CancelOrderCommand(OrderId.of(id),
                UserId.of(user.userId()), request == null ? null : request.reason()));
        return ApiResponse.ok("Order cancelled", standing);
    }
}
