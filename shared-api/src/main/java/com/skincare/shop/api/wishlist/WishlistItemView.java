package com.skincare.shop.api.wishlist;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One entry of a wishlist with what a shopper needs to see of its product. A product that is no longer on sale
 * (a draft again, or archived) stays on the list as not {@code available}, so the customer learns why it cannot
 * be bought.
 */
public record WishlistItemView(long id, Instant createdAt, Product product) {

    public record Product(long id, String nameEn, String nameKh, String slug, BigDecimal price,
                          BigDecimal compareAtPrice, String imageUrl, int stock, boolean available,
                          BigDecimal averageRating, int reviewCount) {
    }
}
