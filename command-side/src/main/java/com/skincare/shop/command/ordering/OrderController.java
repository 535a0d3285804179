package com.skincare.shop.command.ordering;

import com.skincare.shop.api.common.RejectedException;
import com.skincare.shop.api.common.Rejection;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.ordering.CheckoutReceipt;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;

/**
 * {@code POST /api/v1/orders}: the signed-in customer's checkout. The answer waits for the checkout's decision
 * (up to {@code shop.checkout.answer-wait}): 201 with the confirmed order, 422 with the reason it was rejected, or
 * 202 with the order's status URL while it is still undecided. A retry under the same {@code Idempotency-Key}
 * answers the first request's order as it stands now (200 once confirmed), never a second order.
 */
@RestController
public class OrderController {

    public static final String PATH = "/api/v1/orders";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final CommandGateway commands;
    private final OrderOutcomes outcomes;
    private final OrderingProperties properties;
    private final Clock clock;

    public OrderController(CommandGateway commands, OrderOutcomes outcomes, OrderingProperties properties,
                           Clock clock) {
        this.commands = commands;
        this.outcomes = outcomes;
        this.properties = properties;
        this.clock = clock;
    }

    @Operation(summary = "Place an order: the given items, or the caller's cart without them",
            description = "201 with the confirmed order; 200 with it for a retry under the same Idempotency-Key; "
                    + "202 with the order's status URL (Location, data.status_url) when the checkout is not decided "
                    + "within shop.checkout.answer-wait; 422 with the reason when it is rejected (INSUFFICIENT_STOCK, "
                    + "COUPON_USED_UP, ...) or refused before it is placed (CART_EMPTY, PRODUCT_UNAVAILABLE, "
                    + "COUPON_NOT_FOUND, IDEMPOTENCY_KEY_REUSED); 400 for a malformed body or key.")
    @PostMapping(PATH)
    public ResponseEntity<ApiResponse<OrderAnswer>> place(@AuthenticationPrincipal AuthenticatedUser user,
                                                          @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                                                          String idempotencyKey,
                                                          @Valid @RequestBody PlaceOrderRequest request) {
        CheckoutReceipt receipt = commands.sendAndWait(
                request.toCommand(UserId.of(user.userId()), idempotencyKey, clock.instant()));
        OrderOutcome outcome = outcomes.await(receipt.orderId(), properties.answerWait());
        if (outcome.rejected() != null) {
            throw new RejectedException(Rejection.rule(outcome.rejected().reasonCode(),
                    outcome.rejected().message() == null ? "The order was rejected" : outcome.rejected().message()));
        }
        OrderAnswer order = OrderAnswer.of(outcome);
        URI location = URI.create(order.statusUrl());
        if (outcome.confirmed() == null) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).location(location)
                    .body(ApiResponse.ok("Order placed; its checkout is not decided yet", order));
        }
        if (receipt.repeated()) {
            return ResponseEntity.ok().location(location).body(ApiResponse.ok("Order confirmed", order));
        }
        return ResponseEntity.created(location).body(ApiResponse.ok("Order confirmed", order));
    }
}
