package com.skincare.shop.api.wishlist;

import com.skincare.shop.api.common.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * Puts a product on the customer's wishlist, as the entry {@code itemId} allocated beforehand (the documented
 * {@code wishlists.id}). Declarative: a product already on it stays as it was.
 */
public record AddToWishlistCommand(@TargetAggregateIdentifier WishlistId wishlistId, long itemId, ProductId productId) {

    public AddToWishlistCommand {
        Objects.requireNonNull(productId, "productId");
    }
}
