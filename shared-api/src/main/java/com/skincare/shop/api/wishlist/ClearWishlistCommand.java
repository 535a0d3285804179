package com.skincare.shop.api.wishlist;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ClearWishlistCommand(@TargetAggregateIdentifier WishlistId wishlistId) {
}
