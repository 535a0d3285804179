package com.skincare.shop.api.cart;

import com.skincare.shop.api.common.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

public record RemoveFromCartCommand(@TargetAggregateIdentifier CartId cartId, ProductId productId) {

    public RemoveFromCartCommand {
        Objects.requireNonNull(productId, "productId");
    }
}
