package com.skincare.shop.api.cart;

import com.skincare.shop.api.common.ProductId;

/**
 * {@code added} more of a product went into the line {@code lineId}, which now holds {@code quantity}: the
 * quantity after is in the event, so a projector writes it as it is, as often as it is delivered.
 */
public record CartItemAddedEvent(CartId cartId, long lineId, ProductId productId, int added, int quantity) {
}
