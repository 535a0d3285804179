package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.SkinType;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything an admin edits on a product, in the documented columns. Stock and status are not here: they change
 * through their own commands and events, so their history stays readable.
 */
public record ProductDetails(
        String nameEn,
        String nameKh,
        String slug,
        String descriptionEn,
        String descriptionKh,
        String shortDescription,
        String sku,
        String barcode,
        BigDecimal price,
        BigDecimal compareAtPrice,
        BigDecimal costPrice,
        boolean trackInventory,
        boolean allowBackorders,
        BigDecimal weight,
        Dimensions dimensions,
        SkinType skinType,
        String category,
        List<String> skinConcerns,
        List<String> ingredients,
        String usageInstructions,
        String imageUrl,
        String metaTitle,
        String metaDescription,
        boolean featured,
        List<CategoryId> categoryIds) {

    public ProductDetails {
        skinConcerns = skinConcerns == null ? List.of() : List.copyOf(skinConcerns);
        ingredients = ingredients == null ? List.of() : List.copyOf(ingredients);
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
    }
}
