package com.skincare.shop.command.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.catalog.CreateProductCommand;
import com.skincare.shop.api.catalog.Dimensions;
import com.skincare.shop.api.catalog.ProductDetails;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.catalog.UpdateProductCommand;

import java.math.BigDecimal;
import java.util.List;

/**
 * A product as a write endpoint answers it: what the command just recorded, in the documented column names. It is
 * not read back from the read model, which may not have caught up yet. {@code stock} and {@code status} are left
 * out of an update's answer when the update left them unchanged, since the command side does not know them.
 */
public record ProductResponse(
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
        BigDecimal costPrice,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer stock,
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
        @JsonInclude(JsonInclude.Include.NON_NULL) ProductStatus status,
        @JsonProperty("is_featured") boolean featured,
        List<Long> categoryIds) {

    public static ProductResponse created(CreateProductCommand command) {
        return of(command.productId(), command.details(), command.stock(), command.status());
    }

    public static ProductResponse updated(UpdateProductCommand command) {
        return of(command.productId(), command.details(), command.stock(), command.status());
    }

    private static ProductResponse of(ProductId id, ProductDetails d, Integer stock, ProductStatus status) {
        return new ProductResponse(id.value(), d.nameEn(), d.nameKh(), d.slug(), d.descriptionEn(), d.descriptionKh(),
                d.shortDescription(), d.sku(), d.barcode(), d.price(), d.compareAtPrice(), d.costPrice(), stock,
                d.trackInventory(), d.allowBackorders(), d.weight(), d.dimensions(), d.skinType(), d.category(),
                d.skinConcerns(), d.ingredients(), d.usageInstructions(), d.imageUrl(), d.metaTitle(),
                d.metaDescription(), status, d.featured(), d.categoryIds().stream().map(CategoryId::value).toList());
    }
}
