package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.SkinType;

import java.math.BigDecimal;

/**
 * Which products a list shows. Every field may be null (no filter). {@code search} matches a substring of
 * {@code name_en} or {@code name_kh}, case-insensitively: Khmer writes words without spaces, so a word search would
 * miss. {@code category} is a category slug or the product's {@code category} value. {@code skinType} also matches
 * products made for all skin types. {@code shopperView} limits the list to active products.
 */
public record ProductFilter(
        String search,
        String category,
        SkinType skinType,
        BigDecimal minPrice,
        BigDecimal maxPrice,
        Boolean featured,
        ProductStatus status,
        boolean shopperView) {

    public static ProductFilter forShoppers() {
        return new ProductFilter(null, null, null, null, null, null, null, true);
    }
}
