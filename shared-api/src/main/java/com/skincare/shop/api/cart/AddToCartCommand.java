package com.skincare.shop.api.cart;

import com.skincare.shop.api.common.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * Puts {@code quantity} more of a product in the cart. A product not yet in it becomes the line {@code lineId},
 * allocated beforehand (the documented {@code shopping_cart.id}); one already in it keeps its line and its
 * quantity grows. Answers the line's quantity after the addition.
 */
public record AddToCartCommand(@TargetAggregateIdentifier CartId cartId, long lineId, ProductId productId,
                               int quantity) {

    public AddToCartCommand {
        Objects.requireNonNull(productId, "productId");
    }
}
