package com.skincare.shop.api.ordering;

import com.skincare.shop.api.common.ProductId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * One product of an order, with what the order keeps of it as it was when placed (the documented
 * {@code order_items} snapshot): its English name, SKU and unit price.
 *
 * @param categories the product's {@code category} text and the slugs of its linked categories, which a coupon
 *                   restricted to categories is checked against
 */
public record OrderItem(ProductId productId, int quantity, String nameEn, String sku, BigDecimal unitPrice,
                        Set<String> categories) {

    public OrderItem {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }

    public BigDecimal totalPrice() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
    }
}
