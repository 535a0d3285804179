package com.skincare.shop.command.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.skincare.shop.api.catalog.CategoryDetails;
import com.skincare.shop.api.catalog.CategoryId;

/** A category as its write endpoints answer it: what the command just recorded, in the documented columns. */
public record CategoryResponse(
        long id,
        String name,
        String slug,
        String description,
        Long parentId,
        String imageUrl,
        @JsonProperty("is_active") boolean active,
        int sortOrder) {

    public static CategoryResponse of(CategoryId id, CategoryDetails details) {
        return new CategoryResponse(id.value(), details.name(), details.slug(), details.description(),
                details.parentId() == null ? null : details.parentId().value(), details.imageUrl(), details.active(),
                details.sortOrder());
    }
}
