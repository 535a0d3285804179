package com.skincare.shop.command.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.catalog.CreateProductCommand;
import com.skincare.shop.api.catalog.ProductDetails;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.catalog.UpdateProductCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The body of {@code POST} and {@code PUT /api/v1/admin/products}: the documented product columns plus
 * {@code category_ids}. Sizes follow the documented columns. A PUT replaces every detail, so an absent optional
 * value takes its default there too (an absent slug is derived from {@code name_en} again); only {@code stock}
 * and {@code status} mean "unchanged" when absent from a PUT.
 */
public record ProductRequest(
        @NotBlank @Size(max = 255) String nameEn,
        @Size(max = 255) String nameKh,
        @Size(max = 255) @Pattern(regexp = RequestPatterns.SLUG, message = RequestPatterns.SLUG_MESSAGE) String slug,
        String descriptionEn,
        String descriptionKh,
        String shortDescription,
        @NotBlank @Size(max = 100) String sku,
        @Size(max = 100) String barcode,
        @NotNull @Positive @Digits(integer = 8, fraction = 2) BigDecimal price,
        @Positive @Digits(integer = 8, fraction = 2) BigDecimal compareAtPrice,
        @PositiveOrZero @Digits(integer = 8, fraction = 2) BigDecimal costPrice,
        @PositiveOrZero Integer stock,
        Boolean trackInventory,
        Boolean allowBackorders,
        @PositiveOrZero @Digits(integer = 6, fraction = 2) BigDecimal weight,
        @Valid DimensionsRequest dimensions,
        SkinType skinType,
        @NotBlank @Size(max = 50) String category,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> skinConcerns,
        @Size(max = 100) List<@NotBlank String> ingredients,
        String usageInstructions,
        @Size(max = 500) @Pattern(regexp = RequestPatterns.HTTP_URL, message = RequestPatterns.HTTP_URL_MESSAGE)
        String imageUrl,
        @Size(max = 255) String metaTitle,
        String metaDescription,
        ProductStatus status,
        @JsonProperty("is_featured") Boolean featured,
        @Size(max = 20) List<@NotNull @Positive Long> categoryIds) {

    static final int SLUG_MAX_LENGTH = 255;

    /** Stock defaults to 0 and status to active, as in the documented table. */
    public CreateProductCommand toCreateCommand(ProductId id) {
        return new CreateProductCommand(id, toDetails(id), stock == null ? 0 : stock,
                status == null ? ProductStatus.ACTIVE : status);
    }

    public UpdateProductCommand toUpdateCommand(ProductId id) {
        return new UpdateProductCommand(id, toDetails(id), stock, status);
    }

    ProductDetails toDetails(ProductId id) {
        return new ProductDetails(
                nameEn,
                nameKh,
                slug != null ? slug : Slugs.derive(nameEn, SLUG_MAX_LENGTH, "product-" + id.value()),
                descriptionEn,
                descriptionKh,
                shortDescription,
                sku,
                barcode,
                money(price),
                money(compareAtPrice),
                money(costPrice),
                trackInventory == null || trackInventory,
                allowBackorders != null && allowBackorders,
                money(weight),
                dimensions == null ? null : dimensions.toDimensions(),
                skinType == null ? SkinType.ALL : skinType,
                category,
                concerns(skinConcerns),
                ingredients,
                usageInstructions,
                imageUrl,
                metaTitle,
                metaDescription,
                featured != null && featured,
                categoryIds == null ? List.of() : categoryIds.stream().distinct().map(CategoryId::of).toList());
    }

    /**
     * Concerns are codes shoppers filter by ({@code concern=acne}), so they are kept trimmed, in lower case and once
     * each, however the admin typed them.
     */
    private static List<String> concerns(List<String> values) {
        return values == null ? List.of()
                : values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** Two decimals, like the documented columns, so events and answers show 12.50 however the client wrote it. */
    private static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
