package com.skincare.shop.api.cart;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a cart with what a shopper needs to see of its product. A product no longer on sale (a draft
 * again, or archived) stays in the cart as not {@code available} and out of the totals, so the customer learns
 * why it will not be bought; {@code inStock} is false while the stock does not cover the line's quantity.
 */
public record CartItemView(long id, long productId, int quantity, Instant addedAt, Instant updatedAt,
                           Product product, BigDecimal lineTotal, boolean available, boolean inStock) {

    public record Product(long id, String nameEn, String nameKh, String slug, BigDecimal price, String imageUrl,
                          int stock, boolean trackInventory, boolean allowBackorders) {
    }
}
