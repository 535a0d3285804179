package com.skincare.shop.api.wishlist;

import com.skincare.shop.api.common.ProductId;

public record ProductUnwishlistedEvent(WishlistId wishlistId, long itemId, ProductId productId) {
}
