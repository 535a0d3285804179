package com.skincare.shop.api.wishlist;

/** Answers a {@code List<WishlistItemView>}: the customer's wishlist, newest first. */
public record FindWishlistQuery(long userId) {
}
