package com.skincare.shop.command;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A product as an order line snapshots it.
 *
 * @param categories the product's {@code category} text and the slugs of its linked categories and of the
 *                   categories above them, which a coupon restricted to categories is checked against
 */
public record ProductOffer(ProductAvailability availability, String nameEn, String sku, BigDecimal price,
                           Set<String> categories) {

    public ProductOffer {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }
}
