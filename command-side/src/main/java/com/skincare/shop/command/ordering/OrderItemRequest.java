package com.skincare.shop.command.ordering;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** One line of {@code items}: a product and 1..99 of it, as a cart line holds. */
public record OrderItemRequest(@NotNull Long productId, @NotNull @Min(1) @Max(Order.MAX_QUANTITY) Integer quantity) {
}
