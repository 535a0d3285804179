package com.skincare.shop.api.wishlist;

import com.skincare.shop.api.common.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

public record RemoveFromWishlistCommand(@TargetAggregateIdentifier WishlistId wishlistId, ProductId productId) {

    public RemoveFromWishlistCommand {
        Objects.requireNonNull(productId, "productId");
    }
}
