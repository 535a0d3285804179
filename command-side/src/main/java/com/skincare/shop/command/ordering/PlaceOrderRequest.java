package com.skincare.shop.command.ordering;

import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.ordering.CheckOutCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * The body of {@code POST /api/v1/orders}. Without {@code items} the customer's cart is checked out; with them,
 * exactly those products. The billing address is the shipping address unless given.
 */
public record PlaceOrderRequest(
        @NotNull @Valid OrderAddressRequest shippingAddress,
        @Valid OrderAddressRequest billingAddress,
        @Size(max = 50) String couponCode,
        @Size(max = Order.MAX_NOTES) String notes,
        @Size(min = 1, max = Order.MAX_LINES) List<@NotNull @Valid OrderItemRequest> items) {

    CheckOutCommand toCommand(UserId customer, String idempotencyKey, Instant now) {
        return new CheckOutCommand(customer,
                items == null ? null : items.stream()
                        .map(item -> new CheckOutCommand.Item(item.productId(), item.quantity())).toList(),
                shippingAddress.address(), billingAddress == null ? null : billingAddress.address(),
                couponCode, notes, idempotencyKey, now);
    }
}
