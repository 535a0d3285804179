package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.SkinType;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A product as the read model holds it, with its categories, images and rating (the average and count of its
 * approved reviews). {@code costPrice} is null, and left out of the JSON, in the shopper view: what the shop
 * paid is not the shopper's business.
 */
public record ProductView(
        long id,
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
        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal costPrice,
        int stock,
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
        ProductStatus status,
        @JsonProperty("is_featured") boolean featured,
        LocalDate createdAt,
        Instant updatedAt,
        Instant publishedAt,
        BigDecimal averageRating,
        int reviewCount,
        List<CategorySummary> categories,
        List<ProductImageView> images) {
}
