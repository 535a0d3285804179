package com.skincare.shop.api.cart;

import com.skincare.shop.api.common.ProductId;

public record CartQuantityChangedEvent(CartId cartId, long lineId, ProductId productId, int quantity) {
}
