package com.skincare.shop.api.wishlist;

/** Every entry of the wishlist is gone. */
public record WishlistClearedEvent(WishlistId wishlistId) {
}
