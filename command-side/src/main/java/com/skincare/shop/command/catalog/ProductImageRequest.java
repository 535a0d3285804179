package com.skincare.shop.command.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.skincare.shop.api.catalog.AddProductImageCommand;
import com.skincare.shop.api.common.ProductId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/admin/products/:id/images}, in the documented {@code product_images} columns. */
public record ProductImageRequest(
        @NotBlank @Size(max = 500) @Pattern(regexp = RequestPatterns.HTTP_URL, message = RequestPatterns.HTTP_URL_MESSAGE)
        String imageUrl,
        @Size(max = 255) String altText,
        Integer sortOrder,
        @JsonProperty("is_primary") Boolean primary) {

    public AddProductImageCommand toCommand(ProductId productId, long imageId) {
        return new AddProductImageCommand(productId, imageId, imageUrl, altText, sortOrder == null ? 0 : sortOrder,
                primary != null && primary);
    }
}
