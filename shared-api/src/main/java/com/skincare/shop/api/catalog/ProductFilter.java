package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.SkinType;

import java.math.BigDecimal;

/**
 * Which products a list shows. Every field may be null (no filter).
 * <ul>
 *   <li>{@code search} matches English words of the name and descriptions (stemmed: "creams" finds "cream") or
 *       a substring of any product text, English or Khmer, case-insensitively: Khmer writes words without
 *       spaces, so a word search would miss. It is held in {@link SearchText} form.</li>
 *   <li>{@code category} is a category slug or the product's {@code category} value.</li>
 *   <li>{@code skinType} also matches products made for all skin types.</li>
 *   <li>{@code concern} is one of the product's {@code skin_concerns}, e.g. {@code acne}.</li>
 *   <li>{@code inStock} true: products one can order now (stock above zero, backorders allowed, or stock not
 *       tracked); false: the others.</li>
 *   <li>{@code shopperView} limits the list to active products.</li>
 * </ul>
 */
public record ProductFilter(
        String search,
        String category,
        SkinType skinType,
        String concern,
        BigDecimal minPrice,
        BigDecimal maxPrice,
        Boolean inStock,
        Boolean featured,
        ProductStatus status,
        boolean shopperView) {

    public ProductFilter {
        search = SearchText.normalise(search);
    }

    public static ProductFilter forShoppers() {
        return new ProductFilter(null, null, null, null, null, null, null, null, null, true);
    }

    public ProductFilter withoutCategory() {
        return new ProductFilter(search, null, skinType, concern, minPrice, maxPrice, inStock, featured, status,
                shopperView);
    }

    public ProductFilter withoutSkinType() {
        return new ProductFilter(search, category, null, concern, minPrice, maxPrice, inStock, featured, status,
                shopperView);
    }
}
