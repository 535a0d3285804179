package com.skincare.shop.command.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.skincare.shop.api.catalog.AddProductImageCommand;

/** An image as its write endpoint answers it, with the id it was given. */
public record ProductImageResponse(
        long id,
        long productId,
        String imageUrl,
        String altText,
        int sortOrder,
        @JsonProperty("is_primary") boolean primary) {

    public static ProductImageResponse added(AddProductImageCommand command) {
        return new ProductImageResponse(command.imageId(), command.productId().value(), command.imageUrl(),
                command.altText(), command.sortOrder(), command.primary());
    }
}
