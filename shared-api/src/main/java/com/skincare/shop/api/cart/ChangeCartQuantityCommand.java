package com.skincare.shop.api.cart;

import com.skincare.shop.api.common.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Sets the quantity of a product already in the cart. Declarative: the quantity it already has records nothing. */
public record ChangeCartQuantityCommand(@TargetAggregateIdentifier CartId cartId, ProductId productId,
                                        int quantity) {

    public ChangeCartQuantityCommand {
        Objects.requireNonNull(productId, "productId");
    }
}
