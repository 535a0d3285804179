package com.skincare.shop.query.cart;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A cart line as {@code cart:{user_id}} keeps it: the seed's {@code {product_id, quantity, added_at,
 * product_data: {name, price, image_url}}}, with what else the cart page shows of the product. No totals: they
 * follow from these and the checkout settings at every read.
 */
record CachedCartLine(long id, long productId, int quantity, Instant addedAt, Instant updatedAt,
                      ProductData productData) {

    record ProductData(String name, String nameKh, String slug, BigDecimal price, String imageUrl, int stock,
                       boolean trackInventory, boolean allowBackorders, boolean available) {
    }
}
