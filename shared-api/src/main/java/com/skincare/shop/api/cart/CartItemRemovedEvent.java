package com.skincare.shop.api.cart;

import com.skincare.shop.api.common.ProductId;

public record CartItemRemovedEvent(CartId cartId, long lineId, ProductId productId) {
}
